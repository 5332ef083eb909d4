# next() on an object without __next__ raises TypeError.
class A:
    pass


next(A())

# expect error: TypeError: 'A' object is not an iterator
