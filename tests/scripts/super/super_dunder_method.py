# Dunder methods of the parent are reachable through super(), including object's defaults.
class Base:
    def __repr__(self):
        return "Base()"

    def __eq__(self, other):
        return isinstance(other, Base)


class Child(Base):
    def __repr__(self):
        return "Child<" + super().__repr__() + ">"

    def __eq__(self, other):
        return super().__eq__(other) and isinstance(other, Child)

    __hash__ = object.__hash__


print(repr(Child()), Child() == Child(), Child() == Base())
print(super(Base, Child()).__repr__().startswith("<__main__.Child object"))

# expect: Child<Base()> True False
# expect: True
