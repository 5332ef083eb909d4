# __new__ receives the constructor arguments as well as __init__.
class Pos:
    def __new__(cls, x, y=0):
        print("new", x, y)
        obj = object.__new__(cls)
        obj.created_with = (x, y)
        return obj

    def __init__(self, x, y=0):
        print("init", x, y)
        self.x, self.y = x, y


p = Pos(1, y=2)
print(p.created_with, p.x, p.y)

# expect: new 1 2
# expect: init 1 2
# expect: (1, 2) 1 2
