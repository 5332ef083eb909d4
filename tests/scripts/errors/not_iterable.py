# Uncaught: iterating over an int.
for x in 42:
    pass
# expect error: TypeError: 'int' object is not iterable
