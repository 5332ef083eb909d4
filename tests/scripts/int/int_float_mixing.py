# Mixing int and float operands gives floats; comparisons are exact across types.
print(1 + 2.0, 3 * 1.5, 10 - 0.5)  # expect: 3.0 4.5 9.5
print(1 == 1.0, 2 < 2.5, 3 >= 3.0)  # expect: True True True
print(2 ** 0.5)  # expect: 1.4142135623730951
print(type(1 + 1.0))  # expect: <class 'float'>
print(2 ** 53 + 1 == float(2 ** 53 + 1))  # expect: False
print(2 ** 53 + 1 > 2.0 ** 53)  # expect: True
