# Several for clauses nest left to right.
print([(i, j) for i in range(3) for j in range(i)])  # expect: [(1, 0), (2, 0), (2, 1)]
print([a + b for a in "xy" for b in "12"])  # expect: ['x1', 'x2', 'y1', 'y2']
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row])  # expect: [1, 2, 3, 4, 5, 6]
