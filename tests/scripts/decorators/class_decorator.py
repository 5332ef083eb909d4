# A decorator on a class receives the class and can add attributes and methods.
def with_repr(cls):
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({items})"
    cls.__repr__ = __repr__
    cls.decorated = True
    return cls


@with_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, "a"), Point.decorated)

# expect: Point(x=1, y='a') True
