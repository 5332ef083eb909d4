# Floats inside containers print with their shortest repr.
print([0.1, 1.0, 1e20, 1e16, 2.5e-5, 0.1 + 0.2])  # expect: [0.1, 1.0, 1e+20, 1e+16, 2.5e-05, 0.30000000000000004]
print((float("inf"), float("nan"), -0.0))  # expect: (inf, nan, -0.0)
print({1.5: 2.0})  # expect: {1.5: 2.0}
