# next() on an exhausted iterator raises StopIteration unless a default is given.
it = iter([1])
print(next(it))  # expect: 1
try:
    next(it)
except StopIteration:
    print("exhausted")  # expect: exhausted
print(next(it, "default"))  # expect: default
