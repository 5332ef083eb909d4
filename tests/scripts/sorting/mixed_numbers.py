# Ints, floats and bools sort together by value.
print(sorted([0.5, 1, True, -2, 2.5, False]), sorted([2**70, 1e20, -1.5, 3]))  # expect: [-2, False, 0.5, 1, True, 2.5] [-1.5, 3, 1e+20, 1180591620717411303424]
