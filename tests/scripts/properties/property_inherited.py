# Properties are inherited, and a subclass can replace one.
class Base:
    @property
    def kind(self):
        return "base:" + type(self).__name__


class Child(Base):
    pass


class Other(Base):
    @property
    def kind(self):
        return "other"


print(Child().kind, Other().kind)

# expect: base:Child other
