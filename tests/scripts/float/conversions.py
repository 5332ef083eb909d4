# float() from ints and strings, and str() of floats.
print(float(3), float(-0), float("1.5"), float("  -2.25\n"))  # expect: 3.0 0.0 1.5 -2.25
print(float("1e3"), float("1_000.5"), float(".5"))  # expect: 1000.0 1000.5 0.5
print(str(1.0), str(1e100), str(-0.0))  # expect: 1.0 1e+100 -0.0
print(float(2 ** 60))  # expect: 1.152921504606847e+18
