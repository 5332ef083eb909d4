# throw() and close() travel down a 3,000-deep yield from chain to the innermost generator
# (3x CPython's default recursion limit; deeper would exceed the C stack of the
# AddressSanitizer build, whose frames are ten times larger).
import sys

sys.setrecursionlimit(10_000)


def chain(n):
    if n == 0:
        try:
            yield "bottom"
        except ValueError:
            yield "caught at the bottom"
        finally:
            print("innermost finally")
        return
    yield from chain(n - 1)


g = chain(3000)
print(next(g))  # expect: bottom
print(g.throw(ValueError))  # expect: caught at the bottom
g.close()  # expect: innermost finally
print(g.gi_frame)  # expect: None
