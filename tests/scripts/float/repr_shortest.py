# Floats print as the shortest string that reads back to the same value.
print(0.1 + 0.2)  # expect: 0.30000000000000004
print(0.1, 0.2, 0.3)  # expect: 0.1 0.2 0.3
print(1 / 3, 2 / 3)  # expect: 0.3333333333333333 0.6666666666666666
print(1.1 * 3)  # expect: 3.3000000000000003
print(100.0, 2.5, 1.0 / 8)  # expect: 100.0 2.5 0.125
print(3.141592653589793)  # expect: 3.141592653589793
