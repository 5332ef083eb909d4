# Floats print the shortest form that reads back the same.
for x in [1.0, 1e16, 1e15, 1.5e-10, 0.1 + 0.2, -0.0, 123456789.0, 1e22, 2.5e-5, 1 / 3, 1e-4, 1e-5]:
    print(repr(x), str(x))
    # expect: 1.0 1.0
    # expect: 1e+16 1e+16
    # expect: 1000000000000000.0 1000000000000000.0
    # expect: 1.5e-10 1.5e-10
    # expect: 0.30000000000000004 0.30000000000000004
    # expect: -0.0 -0.0
    # expect: 123456789.0 123456789.0
    # expect: 1e+22 1e+22
    # expect: 2.5e-05 2.5e-05
    # expect: 0.3333333333333333 0.3333333333333333
    # expect: 0.0001 0.0001
    # expect: 1e-05 1e-05
print(float("1e500"), float("-inf"), float("nan"), float(" 1_0.5 "), float("٣.٥"))  # expect: inf -inf nan 10.5 3.5
