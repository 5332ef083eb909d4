# isinstance/issubclass with user classes and tuples of classes.
class A:
    pass


class B(A):
    pass


class C:
    pass


b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(3, (A, int)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, object))
print(isinstance(A, type), issubclass(bool, int), isinstance(b, object))

# expect: True True False
# expect: True True True
# expect: True False True True
# expect: True True True
