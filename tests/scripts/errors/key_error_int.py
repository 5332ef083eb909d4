# Uncaught: a missing integer key.
d = {}
d[42]
# expect error: KeyError: 42
