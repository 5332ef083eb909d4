# __add__ and __sub__ between instances of a vector class.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __repr__(self):
        return f"V({self.x}, {self.y})"


a, b = V(1, 2), V(10, 20)
print(a + b, b - a, a + b + a)

# expect: V(11, 22) V(9, 18) V(12, 24)
