# throw() and close() travel down a 5,000-deep yield from chain to the innermost generator.
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


g = chain(5000)
print(next(g))  # expect: bottom
print(g.throw(ValueError))  # expect: caught at the bottom
g.close()  # expect: innermost finally
print(g.gi_frame)  # expect: None
