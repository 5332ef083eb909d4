# A comprehension inside a comprehension, such as a transpose.
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])  # expect: [[1, 4], [2, 5], [3, 6]]
print([[j for j in range(i)] for i in range(4)])  # expect: [[], [0], [0, 1], [0, 1, 2]]
