# int + instance falls back to the instance's __radd__; sum() starts from 0 and needs it.
class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented

    def __radd__(self, o):
        print("radd", o)
        return self + o

    def __repr__(self):
        return f"Money({self.c})"


print(5 + Money(1), Money(1) + 5)
print(sum([Money(1), Money(2), Money(3)]))

# expect: radd 5
# expect: Money(6) Money(6)
# expect: radd 0
# expect: Money(6)
