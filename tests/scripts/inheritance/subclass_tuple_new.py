# A tuple subclass with __new__ builds an immutable point with named accessors.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
x, y = p
print(p, p.x, p.y, x + y, len(p), p == (1, 2), isinstance(p, tuple))
print(p + (3,), hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]))

# expect: Point(1, 2) 1 2 3 2 True True
# expect: (1, 2, 3) True [Point(1, 5), Point(2, 1)]
