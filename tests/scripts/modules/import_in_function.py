# An import inside a function binds a local name.
def root(x):
    import math
    return math.sqrt(x)
print(root(25))  # expect: 5.0
try:
    math
except NameError:
    print("math is local to root")  # expect: math is local to root
