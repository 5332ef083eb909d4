# A subclass property can extend the parent's property through super().
class Base:
    @property
    def name(self):
        return "base"


class Child(Base):
    @property
    def name(self):
        return super().name + "/child"


print(Child().name)

# expect: base/child
