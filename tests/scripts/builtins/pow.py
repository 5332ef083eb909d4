# pow with two and three arguments, including modular inverse.
print(pow(2, 10), pow(2, -1), pow(2.0, 3))  # expect: 1024 0.5 8.0
print(pow(3, 200, 1000), pow(7, 0, 5), pow(2, 100, 2 ** 61 - 1))  # expect: 1 1 549755813888
print(pow(3, -1, 7), pow(-2, 3, 5))  # expect: 5 2
