# Uncaught: next() on an exhausted iterator.
it = iter([])
next(it)
# expect error: StopIteration
