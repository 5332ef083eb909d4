# A yield from chain 5,000 generators deep delivers values and return values without crashing.
import sys

sys.setrecursionlimit(10_000)


def chain(n):
    if n == 0:
        yield "bottom"
        yield "again"
        return 0
    depth = yield from chain(n - 1)
    return depth + 1


g = chain(5000)
print(next(g), next(g))  # expect: bottom again
try:
    next(g)
except StopIteration as stop:
    print(stop.value)  # expect: 5000
