# Uncaught: several missing arguments are listed together.
def f(a, b, c):
    return a
f()
# expect error: TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'
