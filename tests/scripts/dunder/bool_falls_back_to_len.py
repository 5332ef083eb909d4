# Without __bool__, truth uses __len__; without either, instances are true.
class Box:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Plain:
    pass


print(bool(Box(0)), bool(Box(3)), bool(Plain()), "empty" if not Box(0) else "full")

# expect: False True True empty
