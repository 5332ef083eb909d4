# super() inside a classmethod binds to the class the method was called on.
class Base:
    @classmethod
    def make(cls, tag):
        obj = cls()
        obj.tag = tag
        return obj


class Sub(Base):
    @classmethod
    def make(cls, tag):
        obj = super().make(tag.upper())
        obj.sub = True
        return obj


s = Sub.make("x")
print(type(s).__name__, s.tag, s.sub)

# expect: Sub X True
