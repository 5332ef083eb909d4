# __call__ makes instances callable with positional and keyword arguments.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *rest, scale=1, **kw):
        return (self.k * x * scale, rest, kw)


m = Multiplier(3)
print(m(2), m(2, 5, scale=10), m(1, extra=True))
print(list(map(Multiplier(2), [1, 2])), callable(m))

# expect: (6, (), {}) (60, (5,), {}) (3, (), {'extra': True})
# expect: [(2, (), {}), (4, (), {})] True
