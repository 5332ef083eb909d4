# Uncaught: the message counts positional parameters with correct plurals.
def g(a, b=2):
    return a
g(1, 2, 3)
# expect error: TypeError: g() takes from 1 to 2 positional arguments but 3 were given
