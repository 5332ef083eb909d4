# Comparisons between ints and floats are exact.
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 1 == 1.0, 0.1 + 0.2 == 0.3)  # expect: False True True False
print(float("inf") > 2**5000, -float("inf") < -(2**5000), float("nan") == float("nan"), 10**400 > 1e308)  # expect: True True False True
