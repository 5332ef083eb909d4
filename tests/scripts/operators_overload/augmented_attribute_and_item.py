# Augmented assignment to attributes and items evaluates the target once and uses __iadd__.
class Acc:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self


class Holder:
    def __init__(self):
        self.acc = Acc()
        self.items = {"a": Acc()}


h = Holder()
h.acc += 2
h.acc += 3
h.items["a"] += 10
print(h.acc.n, h.items["a"].n)

# expect: 5 10
