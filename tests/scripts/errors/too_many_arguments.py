# Uncaught: calling a function with too many positional arguments.
def f(x):
    return x
f(1, 2)
# expect error: TypeError: f() takes 1 positional argument but 2 were given
