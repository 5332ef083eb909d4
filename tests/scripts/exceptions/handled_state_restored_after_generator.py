# A generator suspended inside an except block does not leak its handled exception to the caller.
import sys


def gen():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__


g = gen()
print(next(g))  # expect: KeyError
print(sys.exc_info()[0])  # expect: None
try:
    raise ValueError("outer")
except ValueError:
    print(next(g))  # expect: KeyError
    print(sys.exc_info()[0].__name__)  # expect: ValueError
