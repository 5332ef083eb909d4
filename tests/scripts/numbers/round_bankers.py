# round() rounds halves to even, and floats by their exact binary value.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))  # expect: 0 2 2 0 -2 4
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))  # expect: 2.67 0.12 0.38 1.0
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(-0.0, 1))  # expect: int float 2.0 -0.0
