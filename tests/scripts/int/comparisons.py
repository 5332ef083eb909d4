# Integer comparisons, including equality of values of different sizes.
print(3 < 5, 5 <= 5, 7 > 8, 2 != 2, 4 == 4)  # expect: True True False False True
print(-1 < 0 < 1)  # expect: True
print(2 ** 64 == 2 ** 64, 2 ** 64 != 2 ** 64 + 1)  # expect: True True
print(10 ** 20 > 10 ** 19, -(10 ** 20) < -(10 ** 19))  # expect: True True
