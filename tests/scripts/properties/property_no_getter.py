# A property built with only a setter cannot be read.
class A:
    def _set(self, v):
        self.stored = v

    x = property(None, _set)


a = A()
a.x = 3
print(a.stored)
try:
    a.x
except AttributeError as e:
    print(e)

# expect: 3
# expect: property 'x' of 'A' object has no getter
