# isinstance and issubclass follow the whole hierarchy, also through multiple bases.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass


d = D()
print([isinstance(d, k) for k in (A, B, C, D, object, int)])
print(issubclass(D, A), issubclass(D, C), issubclass(C, D), issubclass(D, D))
print(issubclass(D, (int, str)), issubclass(D, (int, C)))

# expect: [True, True, True, True, True, False]
# expect: True True False True
# expect: False True
