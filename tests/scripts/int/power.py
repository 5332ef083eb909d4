# Integer exponentiation, negative exponents giving floats, and ** binding tighter than unary minus.
print(2 ** 10, 3 ** 0, 0 ** 0)  # expect: 1024 1 1
print((-2) ** 3, -2 ** 2, (-2) ** 2)  # expect: -8 -4 4
print(2 ** -1, 10 ** -2)  # expect: 0.5 0.01
print(2 ** 3 ** 2)  # expect: 512
print(type(2 ** 5), type(2 ** -5))  # expect: <class 'int'> <class 'float'>
