# object.__init__ and object.__new__ reject extra arguments as CPython does.
def check(f):
    try:
        r = f()
        print("ok", type(r).__name__)
    except TypeError as e:
        print(e)
class Point:
    def __init__(self, x, y):
        super().__init__(x, y)   # a common slip: object.__init__ takes no arguments
check(lambda: Point(1, 2))
class Cached:
    def __new__(cls, key):
        return super().__new__(cls, key)
    def __init__(self, key): self.key = key
check(lambda: Cached("k"))
class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)
check(lambda: OnlyNew(1, 2))
class OnlyInit:
    def __init__(self, a): self.a = a
check(lambda: object.__new__(OnlyInit, 1))
class Bare:
    pass
check(lambda: object.__new__(Bare, 1))
check(lambda: object.__init__(Bare(), 1))
check(lambda: object.__init__(OnlyNew(), 1))
class Fine:
    def __init__(self, a):
        super().__init__()
        self.a = a
check(lambda: Fine(1))
# expect: object.__init__() takes exactly one argument (the instance to initialize)
# expect: object.__new__() takes exactly one argument (the type to instantiate)
# expect: ok OnlyNew
# expect: ok OnlyInit
# expect: Bare() takes no arguments
# expect: Bare.__init__() takes exactly one argument (the instance to initialize)
# expect: ok NoneType
# expect: ok Fine
