# reversed iterates a sequence backwards.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))  # expect: [3, 2, 1] ['c', 'b', 'a'] [3, 2, 1, 0]
print(list(reversed((1, 2))), "".join(reversed("stressed")))  # expect: [2, 1] desserts
print(list(reversed({"a": 1, "b": 2})))  # expect: ['b', 'a']
