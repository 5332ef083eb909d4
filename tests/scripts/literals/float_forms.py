# Float literals: leading and trailing dots, exponents and underscores.
print(1.)  # expect: 1.0
print(.5)  # expect: 0.5
print(1e3, 1E3, 1e+3)  # expect: 1000.0 1000.0 1000.0
print(2.5e-3)  # expect: 0.0025
print(1_000.000_5)  # expect: 1000.0005
print(0e0, 0.0)  # expect: 0.0 0.0
print(1e-7)  # expect: 1e-07
