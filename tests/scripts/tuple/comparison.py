# Tuples compare lexicographically.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99))  # expect: True True True
print((1, "a") == (1, "a"), (1, 2) == [1, 2])  # expect: True False
print(sorted([(2, "b"), (1, "z"), (2, "a")]))  # expect: [(1, 'z'), (2, 'a'), (2, 'b')]
print(max([(1, 5), (3, 0), (3, -1)]))  # expect: (3, 0)
