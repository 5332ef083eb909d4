# Calling an instance of a class without __call__ raises TypeError.
class A:
    pass


a = A()
a()

# expect error: TypeError: 'A' object is not callable
