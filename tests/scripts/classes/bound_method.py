# Methods fetched from an instance are bound; from the class they are plain functions.
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self.n


c = Counter()
m = c.inc
print(m(), m(5), c.n)
print(m.__self__ is c, m.__func__ is Counter.inc)
print(type(m).__name__, type(Counter.inc).__name__)
print(Counter.inc(c, 10))
print(c.inc == c.inc, c.inc is c.inc)

# expect: 1 6 6
# expect: True True
# expect: method function
# expect: 16
# expect: True False
