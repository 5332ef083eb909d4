# Slices with start and stop, omitted bounds and negative bounds.
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[:])  # expect: [2, 3, 4] [0, 1, 2] [7, 8, 9] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[-3:], a[:-7], a[-5:-2])  # expect: [7, 8, 9] [0, 1, 2] [5, 6, 7]
