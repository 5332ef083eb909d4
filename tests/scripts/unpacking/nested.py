# Targets nest to any depth.
(a, b), c = (1, 2), 3
x, (y, (z, *w)) = 1, (2, (3, 4, 5))
print(a, b, c, x, y, z, w)  # expect: 1 2 3 1 2 3 [4, 5]
