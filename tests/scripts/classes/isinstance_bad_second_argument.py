# isinstance with a non-class second argument raises TypeError.
class A:
    pass


print(isinstance(A(), A))
isinstance(A(), "A")

# expect: True
# expect error: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
