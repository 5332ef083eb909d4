# A with block around a yield exits on close() with GeneratorExit and on throw() with the thrown exception.
class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False


def gen(name):
    with Managed(name):
        yield 1
        yield 2


g = gen("a")
next(g)  # expect: enter a
g.close()  # expect: exit a GeneratorExit
g = gen("b")
next(g)  # expect: enter b
try:
    g.throw(KeyError("k"))  # expect: exit b KeyError
except KeyError as e:
    print("propagated", e)  # expect: propagated 'k'
for v in gen("c"):
    pass
# expect: enter c
# expect: exit c None
