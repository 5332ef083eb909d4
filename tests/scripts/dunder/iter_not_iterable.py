# Iterating an object without __iter__ or __getitem__ raises TypeError.
class A:
    pass


for x in A():
    pass

# expect error: TypeError: 'A' object is not iterable
