# ** in a call spreads a dict into keyword arguments.
def f(a, b=0, **rest):
    return a, b, rest
opts = {"b": 2, "c": 3}
print(f(1, **opts))  # expect: (1, 2, {'c': 3})
print(f(**{"a": 9}))  # expect: (9, 0, {})
print(f(*[1], **{"x": 1}, **{"y": 2}))  # expect: (1, 0, {'x': 1, 'y': 2})
