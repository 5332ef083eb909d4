# Lists of lists: indexing, mutation and length.
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], len(m), len(m[0]))  # expect: 6 2 3
m[0][1] = 20
m[1].append(7)
print(m)  # expect: [[1, 20, 3], [4, 5, 6, 7]]
print([row[0] for row in m])  # expect: [1, 4]
