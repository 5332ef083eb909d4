# Set comprehensions remove duplicates.
s = {x % 4 for x in range(20)}
print(s, type(s))  # expect: {0, 1, 2, 3} <class 'set'>
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))  # expect: ['a', 'b', 'c']
