# round with no digits gives an int; with digits a float; ties go to even.
print(round(2.5), round(3.5), round(-2.5), round(0.49999999999999994))  # expect: 2 4 -2 0
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2))  # expect: 3.14 2.67 1.0
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1550, -2))  # expect: 1200 1200 1400 -1600
print(round(5, 2), type(round(5, 2)), round(12.5, -1))  # expect: 5 <class 'int'> 10.0
