# A bare raise in a generator with no exception of its own re-raises the one its caller is handling.
import sys


def gen():
    print(sys.exc_info()[0].__name__)
    yield 1
    raise


g = gen()
try:
    raise IndexError("handled by the caller")
except IndexError:
    next(g)  # expect: IndexError
    try:
        next(g)
    except IndexError as e:
        print("re-raised:", repr(e))  # expect: re-raised: IndexError('handled by the caller')
