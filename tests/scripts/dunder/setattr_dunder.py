# __setattr__ intercepts every attribute assignment, also those in __init__.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")


f = Frozen(1)
print(f.x)
try:
    f.y = 2
except AttributeError as e:
    print(e)

# expect: 1
# expect: cannot set y
