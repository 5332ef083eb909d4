# Measures method calls on a user class: a bound method called 5 million times, each
# reading and updating instance attributes (LOAD_METHOD/CALL, LOAD_ATTR/STORE_ATTR).


class Counter:
    def __init__(self, step):
        self.step = step
        self.count = 0
        self.total = 0

    def add(self, x):
        self.count += 1
        self.total = (self.total + x * self.step) & 0xFFFFFFF
        return self.count


def run(n):
    c = Counter(3)
    last = 0
    for i in range(n):
        last = c.add(i)
    return c.count, c.total, last


print(*run(5_000_000))
