# __slots__ is outside the subset: defining it is a clear TypeError.
# skip python: __slots__ is out of scope in gilt (CPython accepts it and prints 1)
class P:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1


print(P().x)
# expect error: TypeError: __slots__ is not supported
