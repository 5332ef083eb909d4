# super().method() calls the parent's version of an overridden method.
class Base:
    def describe(self):
        return "base"


class Child(Base):
    def describe(self):
        return super().describe() + "+child"


print(Child().describe())

# expect: base+child
