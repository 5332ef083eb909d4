# Tuples and lists compare element by element.
print(sorted([(1, "b"), (0, "z"), (1, "a"), (0,)]), sorted([[2, 1], [1, 2], [1], []]))  # expect: [(0,), (0, 'z'), (1, 'a'), (1, 'b')] [[], [1], [1, 2], [2, 1]]
print(max([(1, "a"), (1, "b")]), min([[2], [1, 5]]))  # expect: (1, 'b') [1, 5]
