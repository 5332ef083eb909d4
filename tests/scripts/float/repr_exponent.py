# Large and small floats switch to exponent notation at 1e16 and below 1e-4.
print(1e15, 1e16)  # expect: 1000000000000000.0 1e+16
print(123456789012345678.0)  # expect: 1.2345678901234568e+17
print(0.0001, 0.00001)  # expect: 0.0001 1e-05
print(1.5e300, -2.5e-300)  # expect: 1.5e+300 -2.5e-300
print(1e22, 9999999999999998.0)  # expect: 1e+22 9999999999999998.0
print(5e-324)  # expect: 5e-324
