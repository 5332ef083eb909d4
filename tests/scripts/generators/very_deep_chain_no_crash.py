# A 100,000-deep yield from chain: next() runs in the loop without C++ recursion; throw(),
# which delegates level by level, stops with RecursionError instead of overflowing the stack.
# skip python: CPython 3.11 overflows its C stack on this chain (segmentation fault)
# timeout: 120
import sys

sys.setrecursionlimit(300_000)


def chain(n):
    if n == 0:
        yield "bottom"
        yield "second"
        return "done"
    return (yield from chain(n - 1))


g = chain(100_000)
print(next(g), next(g))  # expect: bottom second
try:
    next(g)
except StopIteration as stop:
    print(stop.value)  # expect: done
g = chain(100_000)
next(g)
try:
    g.throw(KeyError("deep"))
except RecursionError as e:
    print(type(e).__name__)  # expect: RecursionError
