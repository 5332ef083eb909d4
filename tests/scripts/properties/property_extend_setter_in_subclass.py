# A subclass extends an inherited property with @Base.prop.setter.
class Base:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x


class Writable(Base):
    @Base.x.setter
    def x(self, v):
        self._x = v


w = Writable()
w.x = 5
print(w.x)
try:
    b = Base()
    b.x = 1
except AttributeError as e:
    print(e)

# expect: 5
# expect: property 'x' of 'Base' object has no setter
