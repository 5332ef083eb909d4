# Parameters after * or *args can only be passed by keyword.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=5))  # expect: (1, 2, 3) (1, 5, 0)
def g(*args, sep):
    return sep.join(args)
print(g("x", "y", sep="-"))  # expect: x-y
try:
    f(1, 2)
except TypeError as e:
    print(e)  # expect: f() takes 1 positional argument but 2 were given
