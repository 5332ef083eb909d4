# Two missing __init__ arguments are listed with "and".
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=2)
except TypeError as e:
    print(e)

# expect: Point.__init__() missing 2 required positional arguments: 'x' and 'y'
# expect: Point.__init__() takes 3 positional arguments but 4 were given
# expect: Point.__init__() got an unexpected keyword argument 'z'
