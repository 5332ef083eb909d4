# Uncaught: a failed assert with a message.
x = 1
assert x == 2, "x must be 2"
# expect error: AssertionError: x must be 2
