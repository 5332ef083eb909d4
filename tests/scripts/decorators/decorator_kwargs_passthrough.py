# A generic wrapper passes positional, keyword, *args and **kwargs through unchanged.
def passthrough(func):
    def wrapper(*args, **kwargs):
        print("args", args, "kwargs", kwargs)
        return func(*args, **kwargs)
    return wrapper


@passthrough
def f(a, b=2, *rest, key=None, **extra):
    return (a, b, rest, key, extra)


print(f(1))
print(f(1, 3, 4, 5, key="k", z=26))
print(f(*[7, 8], **{"key": 9}))

# expect: args (1,) kwargs {}
# expect: (1, 2, (), None, {})
# expect: args (1, 3, 4, 5) kwargs {'key': 'k', 'z': 26}
# expect: (1, 3, (4, 5), 'k', {'z': 26})
# expect: args (7, 8) kwargs {'key': 9}
# expect: (7, 8, (), 9, {})
