# Every kind of parameter in one signature.
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)
print(f(1, d=4))  # expect: (1, 2, 3, (), 4, 5, {})
print(f(1, 20, 30, 40, 50, d=4, z=9))  # expect: (1, 20, 30, (40, 50), 4, 5, {'z': 9})
print(f(1, c=7, d=8, e=9))  # expect: (1, 2, 7, (), 8, 9, {})
