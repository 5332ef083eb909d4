# super(type, obj) requires obj to be an instance or subtype of type.
class A:
    pass


class B:
    pass


super(A, B())

# expect error: TypeError: super(type, obj): obj must be an instance or subtype of type
