# __str__ serves print/str/f-strings; __repr__ serves repr, !r and containers.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(1, 2)
print(p, str(p), repr(p))
print(f"{p} {p!r} {p!s}", [p], (p,), {"k": p})
print("%s %r" % (p, p), "{} {!r}".format(p, p))

# expect: (1, 2) (1, 2) Point(1, 2)
# expect: (1, 2) Point(1, 2) (1, 2) [Point(1, 2)] (Point(1, 2),) {'k': Point(1, 2)}
# expect: (1, 2) Point(1, 2) (1, 2) Point(1, 2)
