# The element expression reads enclosing variables when each item is produced.
scale = 2
g = (x * scale for x in range(3))
print(next(g))  # expect: 0
scale = 100
print(list(g))  # expect: [100, 200]
