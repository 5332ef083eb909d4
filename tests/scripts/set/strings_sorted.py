# Sets of strings are printed through sorted(), since their order is not fixed.
words = "the quick brown fox jumps over the lazy dog the end".split()
unique = set(words)
print(len(words), len(unique))  # expect: 11 9
print(sorted(unique))  # expect: ['brown', 'dog', 'end', 'fox', 'jumps', 'lazy', 'over', 'quick', 'the']
print(sorted(set("hello")))  # expect: ['e', 'h', 'l', 'o']
