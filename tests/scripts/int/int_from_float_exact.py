# int() of a float truncates toward zero and converts large floats exactly.
print(int(3.99), int(-3.99), int(0.5))  # expect: 3 -3 0
print(int(1e20))  # expect: 100000000000000000000
print(int(2.0 ** 70))  # expect: 1180591620717411303424
print(int(1e16 + 1))  # expect: 10000000000000000
