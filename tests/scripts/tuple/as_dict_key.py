# Tuples of hashable values can be dict keys and set members.
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(1, 2)], grid[0, 0])  # expect: point origin
seen = {(1, 2), (1, 2), (2, 1)}
print(len(seen), (2, 1) in seen)  # expect: 2 True
