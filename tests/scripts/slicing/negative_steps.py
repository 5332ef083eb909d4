# Slices with a negative step walk backwards; defaults flip to the ends.
a = list(range(10))
print(a[::-1])  # expect: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
print(a[8:2:-2], a[:5:-1], a[5::-1])  # expect: [8, 6, 4] [9, 8, 7, 6] [5, 4, 3, 2, 1, 0]
print(a[2:8:-1], a[-1:-4:-1])  # expect: [] [9, 8, 7]
