# Float comparisons with ints and other floats.
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)  # expect: False True
print(1.0 < 2, 2.0 == 2, 3 > 2.999)  # expect: True True True
print(-0.0 < 0.0, 1e308 < float("inf"))  # expect: False True
print(max(1, 2.0), min(1.0, 1))  # expect: 2.0 1.0
