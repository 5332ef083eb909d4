# If the right operand is an instance of a subclass that overrides the reflected method, it goes first.
class Base:
    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"


print(Base() + Derived(), Derived() + Base(), Base() + Base())

# expect: Derived.__radd__ Base.__add__ Base.__add__
