# A generator expression as the only argument needs no extra parentheses.
print(sum(i for i in range(5)))  # expect: 10
print(max(len(w) for w in ["a", "abc", "ab"]))  # expect: 3
print(sorted((c for c in "cba"), reverse=True))  # expect: ['c', 'b', 'a']
