# __init_subclass__ runs for every subclass with the class statement's keywords.
class Base:
    subclasses = []

    def __init_subclass__(cls, tag="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)


class A(Base, tag="a"):
    pass


class B(A):
    pass


print(Base.subclasses, A.tag, B.tag, hasattr(Base, "tag"))

# expect: ['A', 'B'] a none False
