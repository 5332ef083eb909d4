# repr of classes and their type: <class '__main__.A'>, type(A) is type.
class A:
    pass


a = A()
print(A)
print(type(a))
print(type(A), type(A) is type, type(type))
print(repr(int), str(A))
print(type(a).__name__, type(3).__name__, type(None).__name__)

# expect: <class '__main__.A'>
# expect: <class '__main__.A'>
# expect: <class 'type'> True <class 'type'>
# expect: <class 'int'> <class '__main__.A'>
# expect: A int NoneType
