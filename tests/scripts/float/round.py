# round() uses banker's rounding and exact binary values.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))  # expect: 0 2 2 0 -2
print(round(2.675, 2))  # expect: 2.67
print(round(3.14159, 3), round(1234.5678, -2))  # expect: 3.142 1200.0
print(type(round(2.5)), type(round(2.5, 0)))  # expect: <class 'int'> <class 'float'>
print(round(0.125, 2), round(0.375, 2))  # expect: 0.12 0.38
print(round(7.0), round(-7.7))  # expect: 7 -8
