# An exception raised by __lt__ stops the sort and leaves a permutation of the items.
class Fragile:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Fragile.calls += 1
        if Fragile.calls == 25:
            raise RuntimeError("comparison failed")
        return self.v < other.v


values = [(i * 31) % 53 for i in range(50)]
items = [Fragile(v) for v in values]
try:
    items.sort()
except RuntimeError as e:
    print("error:", e, Fragile.calls)
print(sorted(x.v for x in items) == sorted(values), [x.v for x in items][:12])

# expect: error: comparison failed 25
# expect: True [0, 5, 9, 14, 18, 27, 31, 36, 40, 49, 45, 23]
