# / always returns a float, even for exact results and big operands.
print(7 / 2, 6 / 3, -1 / 4)  # expect: 3.5 2.0 -0.25
print(type(4 / 2))  # expect: <class 'float'>
print(10 ** 30 / 10 ** 10)  # expect: 1e+20
print(1 / 3)  # expect: 0.3333333333333333
print((2 ** 100 + 1) / 2 ** 100)  # expect: 1.0
