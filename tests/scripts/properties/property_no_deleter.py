# Deleting a property without a deleter raises AttributeError.
class A:
    @property
    def x(self):
        return 1


try:
    del A().x
except AttributeError as e:
    print(e)

# expect: property 'x' of 'A' object has no deleter
