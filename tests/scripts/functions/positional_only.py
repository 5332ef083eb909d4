# Parameters before / can only be passed positionally.
def f(a, b, /, c):
    return a + b + c
print(f(1, 2, 3), f(1, 2, c=3))  # expect: 6 6
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))  # expect: (1, {'x': 2})
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(e)  # expect: f() got some positional-only arguments passed as keyword arguments: 'b'
