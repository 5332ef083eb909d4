# Uncaught: zero to a negative power, whose message says 0.0 even for ints.
base = 0
print(base ** -2)
# expect error: ZeroDivisionError: 0.0 cannot be raised to a negative power
