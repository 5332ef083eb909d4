# Subscripting an object without __getitem__ raises TypeError.
class A:
    pass


A()[0]

# expect error: TypeError: 'A' object is not subscriptable
