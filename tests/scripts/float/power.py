# Float exponentiation.
print(2.0 ** 10, 4 ** 0.5, 2 ** -2)  # expect: 1024.0 2.0 0.25
print(1.5 ** 2, 10.0 ** -3)  # expect: 2.25 0.001
print(0.0 ** 0, (-2.0) ** 2)  # expect: 1.0 4.0
