# Methods can be generators; each call gets its own generator bound to self.
class Range2D:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def cells(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y

    def __iter__(self):
        return self.cells()


grid = Range2D(2, 2)
print(list(grid))  # expect: [(0, 0), (1, 0), (0, 1), (1, 1)]
a, b = grid.cells(), grid.cells()
next(a)
print(next(a), next(b))  # expect: (1, 0) (0, 0)
