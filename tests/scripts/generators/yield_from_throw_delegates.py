# throw() to a generator in yield from is thrown into the sub-generator first.
def inner():
    try:
        yield 1
    except KeyError:
        yield "inner handled KeyError"
    yield "inner last"


def outer():
    try:
        yield from inner()
    except ValueError as e:
        yield f"outer handled {e}"


g = outer()
next(g)
print(g.throw(KeyError))  # expect: inner handled KeyError
print(next(g))  # expect: inner last
g = outer()
next(g)
print(g.throw(ValueError("v")))  # expect: outer handled v
