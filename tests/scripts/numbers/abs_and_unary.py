# abs, unary minus and plus.
print(abs(-3), abs(-3.5), abs(True), abs(-(2**70)), abs(-0.0), -(-(2**62)), +(-5))  # expect: 3 3.5 1 1180591620717411303424 0.0 4611686018427387904 -5
