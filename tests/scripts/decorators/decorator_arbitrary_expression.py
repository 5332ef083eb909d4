# Decorators may be any expression (PEP 614): subscripts, calls on attributes, lambdas.
handlers = [lambda f: (lambda: "first:" + f()), lambda f: (lambda: "second:" + f())]


class Registry:
    def __init__(self):
        self.items = []

    def add(self, f):
        self.items.append(f.__name__)
        return f


r = Registry()


@handlers[1]
def a():
    return "a"


@r.add
def b():
    return "b"


@(lambda f: f)
def c():
    return "c"


print(a(), b(), c(), r.items)

# expect: second:a b c ['b']
