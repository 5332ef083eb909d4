# len() of an object without __len__ raises TypeError.
class A:
    pass


len(A())

# expect error: TypeError: object of type 'A' has no len()
