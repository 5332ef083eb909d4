# `in` on an object with no container protocol raises TypeError.
class A:
    pass


1 in A()

# expect error: TypeError: argument of type 'A' is not iterable
