# List syntax works as an assignment target too.
[a, b] = (1, 2)
[c, [d, e]] = [3, (4, 5)]
print(a, b, c, d, e)  # expect: 1 2 3 4 5
