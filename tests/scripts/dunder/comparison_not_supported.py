# Ordering instances without comparison methods raises TypeError.
class A:
    pass


A() < A()

# expect error: TypeError: '<' not supported between instances of 'A' and 'A'
