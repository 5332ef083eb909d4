# Program: shapes with a common base class, overridden methods and a sorted report.
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def describe(self):
        return f"{self.name}: {self.sides} sides, area {self.area():.2f}"


class Square(Shape):
    sides = 4

    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2


class Triangle(Shape):
    sides = 3

    def __init__(self, base, height):
        super().__init__("triangle")
        self.base, self.height = base, height

    def area(self):
        return self.base * self.height / 2


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Square(3), Triangle(4, 5), Circle(1.5), Square(1)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(sum(s.sides for s in shapes))
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("not implemented:", e)

# expect: square: 4 sides, area 1.00
# expect: circle: 0 sides, area 7.07
# expect: square: 4 sides, area 9.00
# expect: triangle: 3 sides, area 10.00
# expect: 11
# expect: not implemented: Shape.area
