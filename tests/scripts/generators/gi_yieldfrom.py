# gi_yieldfrom is the iterator a suspended yield from delegates to, else None.
def inner():
    yield 1
    yield 2


def outer():
    yield 0
    yield from sub


sub = inner()
g = outer()
print(g.gi_yieldfrom)  # expect: None
next(g)
print(g.gi_yieldfrom)  # expect: None
next(g)
print(g.gi_yieldfrom is sub)  # expect: True
