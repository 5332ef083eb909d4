# zip pairs items from several iterables, stopping at the shortest.
print(list(zip([1, 2, 3], "ab")))  # expect: [(1, 'a'), (2, 'b')]
print(list(zip(range(3), [4, 5, 6], "xyz")))  # expect: [(0, 4, 'x'), (1, 5, 'y'), (2, 6, 'z')]
print(list(zip()), list(zip([1])))  # expect: [] [(1,)]
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))  # expect: [(1, 4), (2, 5), (3, 6)]
