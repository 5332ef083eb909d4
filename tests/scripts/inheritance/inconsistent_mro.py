# Bases whose orders conflict have no C3 linearisation: TypeError.
class A:
    pass


class B(A):
    pass


class C(A, B):
    pass

# expect error: order (MRO) for bases A, B
