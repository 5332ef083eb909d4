# Generators that re-yield from a for loop over the next one, 3,000 deep.
import sys

sys.setrecursionlimit(10_000)


def relay(n):
    if n == 0:
        yield from range(3)
        return
    for v in relay(n - 1):
        yield v + 1


print(list(relay(3000)))  # expect: [3000, 3001, 3002]
