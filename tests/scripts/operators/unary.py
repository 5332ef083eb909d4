# Unary minus, plus and invert on ints, floats and bools.
x = 5
print(-x, +x, ~x, -(-x), --x)  # expect: -5 5 -6 5 5
print(-2.5, +2.5, -True, +False)  # expect: -2.5 2.5 -1 0
