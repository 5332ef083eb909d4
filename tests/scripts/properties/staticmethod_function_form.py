# staticmethod() and classmethod() called as functions wrap existing functions.
def helper(x):
    return x + 1


def make(cls):
    return cls.__name__


class A:
    helper = staticmethod(helper)
    make = classmethod(make)


print(A.helper(1), A().helper(2), A.make(), A().make())
print(A.__dict__["helper"].__func__ is helper)

# expect: 2 3 A A
# expect: True
