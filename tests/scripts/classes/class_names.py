# __name__, __qualname__, __module__ and __class__ of classes, nested classes and methods.
class Outer:
    class Inner:
        def method(self):
            pass

    def f(self):
        pass


o = Outer()
print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.f.__name__, Outer.f.__qualname__)
print(o.__class__ is Outer, type(o).__name__, o.__class__.__name__)
print(type(Outer.Inner()).__qualname__)

# expect: Outer Outer __main__
# expect: Inner Outer.Inner
# expect: Outer.Inner.method f Outer.f
# expect: True Outer Outer
# expect: Outer.Inner
