# A class cannot list the same base twice.
class A:
    pass


class B(A, A):
    pass

# expect error: TypeError: duplicate base class A
