# A class with __init__ storing attributes and a method reading them.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


r = Rect(3, 4)
print(r.w, r.h, r.area())
r.w = 10
print(r.area())

# expect: 3 4 12
# expect: 40
