# Several for and if clauses nest left to right.
pairs = ((i, j) for i in range(4) if i % 2 for j in range(i) if j != 1)
print(list(pairs))  # expect: [(1, 0), (3, 0), (3, 2)]
matrix = [[1, 2], [3, 4]]
print(list(v for row in matrix for v in row))  # expect: [1, 2, 3, 4]
