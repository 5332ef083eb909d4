# close() on a generator in yield from closes the sub-generator first, innermost finally first.
def inner():
    try:
        yield 1
    finally:
        print("inner finally")


def middle():
    try:
        yield from inner()
    finally:
        print("middle finally")


def outer():
    try:
        yield from middle()
    finally:
        print("outer finally")


g = outer()
next(g)
g.close()
# expect: inner finally
# expect: middle finally
# expect: outer finally
