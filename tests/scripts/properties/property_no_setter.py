# Assigning to a property without a setter raises AttributeError naming property and class.
class A:
    @property
    def x(self):
        return 1


a = A()
print(a.x)
a.x = 2

# expect: 1
# expect error: AttributeError: property 'x' of 'A' object has no setter
