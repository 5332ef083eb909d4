# Uncaught: an unknown keyword argument.
def f(x):
    return x
f(x=1, z=2)
# expect error: TypeError: f() got an unexpected keyword argument 'z'
