# Negative indices count from the end for reading and writing.
a = [10, 20, 30, 40]
print(a[-1], a[-4])  # expect: 40 10
a[-2] = 99
print(a)  # expect: [10, 20, 99, 40]
