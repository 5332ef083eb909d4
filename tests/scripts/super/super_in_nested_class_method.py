# super() works in methods of nested classes and in methods defined via lambda-free helpers.
class Outer:
    class Base:
        def f(self):
            return 1

    class Inner(Base):
        def f(self):
            return super().f() + 10


print(Outer.Inner().f())

# expect: 11
