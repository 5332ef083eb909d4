# sys.exc_info() inside a generator that is handling its own exception shows that one, whoever resumes it.
import sys


def gen():
    try:
        raise ValueError("inner")
    except ValueError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


g = gen()
print(next(g))  # expect: ValueError('inner')
try:
    raise KeyError("outer")
except KeyError:
    print(next(g))  # expect: ValueError('inner')
    print(repr(sys.exc_info()[1]))  # expect: KeyError('outer')
    print(next(g))  # expect: KeyError('outer')
print(sys.exc_info())  # expect: (None, None, None)
