# @property turns a method into a computed attribute read without a call.
class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def diameter(self):
        return 2 * self.r


c = Circle(2)
print(c.diameter)
c.r = 5
print(c.diameter, type(Circle.diameter).__name__)

# expect: 4
# expect: 10 property
