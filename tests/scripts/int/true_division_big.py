# True division of big ints is correctly rounded, even when the operands do not fit in a float.
print((10 ** 400) / (10 ** 399))  # expect: 10.0
print(2 ** 1100 / 2 ** 1000)  # expect: 1.2676506002282294e+30
print((2 ** 70 + 1) / 3)  # expect: 3.935305402391371e+20
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(e)  # expect: integer division result too large for a float
print(1 / 10 ** 400)  # expect: 0.0
