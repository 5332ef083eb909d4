# At the default recursion limit, a 5,000-deep yield from chain is a RecursionError, as in CPython.
def chain(n):
    if n == 0:
        yield "bottom"
        return
    yield from chain(n - 1)


try:
    next(chain(5000))
except RecursionError as e:
    print(type(e).__name__, e)  # expect: RecursionError maximum recursion depth exceeded
print(next(chain(100)))  # expect: bottom
