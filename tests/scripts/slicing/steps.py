# Slices with a positive step.
a = list(range(10))
print(a[::2], a[1::3], a[2:8:2], a[::100])  # expect: [0, 2, 4, 6, 8] [1, 4, 7] [2, 4, 6] [0]
