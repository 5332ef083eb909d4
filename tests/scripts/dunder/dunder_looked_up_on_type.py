# Special methods are looked up on the type: an instance attribute does not change len().
class A:
    def __len__(self):
        return 1


a = A()
a.__len__ = lambda: 5
print(len(a), a.__len__())
A.__len__ = lambda self: 7
print(len(a))

# expect: 1 5
# expect: 7
