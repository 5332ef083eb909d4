# Functions are values: stored in containers, passed and returned.
def double(x):
    return 2 * x
def inc(x):
    return x + 1
ops = {"double": double, "inc": inc}
def apply_all(fs, v):
    for f in fs:
        v = f(v)
    return v
print(apply_all([double, inc, double], 3))  # expect: 14
print(ops["inc"](ops["double"](5)))  # expect: 11
print(type(double), double.__name__, callable(double))  # expect: <class 'function'> double True
