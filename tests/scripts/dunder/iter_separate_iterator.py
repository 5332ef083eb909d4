# An iterable whose __iter__ returns a fresh iterator can be looped over repeatedly.
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __iter__(self):
        return iter((self.a, self.b))


p = Pair(1, 2)
print(list(p), list(p), tuple(p), max(p))
x, y = p
print(x, y, dict([p]), set(p) == {1, 2})

# expect: [1, 2] [1, 2] (1, 2) 2
# expect: 1 2 {1: 2} True
