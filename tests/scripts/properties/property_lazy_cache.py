# A property computes a value once and caches it in the instance.
class Data:
    def __init__(self, n):
        self.n = n
        self._total = None

    @property
    def total(self):
        if self._total is None:
            print("computing")
            self._total = sum(range(self.n))
        return self._total


d = Data(10)
print(d.total, d.total)

# expect: computing
# expect: 45 45
