# float() from ints, strings and special values.
print(float(1), float("2.5"), float(" 3 "), float("-1e-3"))  # expect: 1.0 2.5 3.0 -0.001
print(float("inf"), float("-INF"), float("nan"), float())  # expect: inf -inf nan 0.0
print(float(True), float("1_5.0"))  # expect: 1.0 15.0
