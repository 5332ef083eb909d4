# List comprehensions map over an iterable.
print([x * x for x in range(6)])  # expect: [0, 1, 4, 9, 16, 25]
print([c.upper() for c in "abc"])  # expect: ['A', 'B', 'C']
print([len(w) for w in "the quick brown".split()])  # expect: [3, 5, 5]
