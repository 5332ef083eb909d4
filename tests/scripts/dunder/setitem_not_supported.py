# Assigning to an item of an object without __setitem__ raises TypeError.
class A:
    def __getitem__(self, i):
        return i


a = A()
print(a[3])
try:
    del a[0]
except TypeError as e:
    print(e)
a[0] = 1

# expect: 3
# expect: 'A' object doesn't support item deletion
# expect error: TypeError: 'A' object does not support item assignment
