# Operator precedence follows Python's grammar.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2)  # expect: 14 20 18 -4
print(1 + 2 << 1, 1 | 2 & 3, 6 ^ 3 & 5)  # expect: 6 3 7
print(not 1 == 2, not True and False, True or False and False)  # expect: True False True
print(10 - 4 - 3, 2 ** 2 ** 3, 100 / 10 / 5)  # expect: 3 256 2.0
print(3 < 4 == True, -3 % 5, -(3 % 5))  # expect: False 2 -3
