# pow with three arguments, including negative exponents (modular inverses).
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3, 5), pow(2, 0, 1), pow(5, 3, -7))  # expect: 24 2 2 0 -1
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), (pow(38, -1, 97) * 38) % 97)  # expect: 5 23 7 1
print(pow(2, -1), pow(2.0, 3), pow(4, 0.5), pow(-8, 1/3).real > 0 if False else "n/a")  # expect: 0.5 8.0 2.0 n/a
