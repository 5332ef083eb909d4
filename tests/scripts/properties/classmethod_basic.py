# A classmethod receives the class; alternative constructors use it.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class MyDate(Date):
    pass


print(Date.from_string("2024-01-31"), MyDate.from_string("1999-12-01"))
print(Date(1, 2, 3).from_string("5-6-7"))
print(type(Date.__dict__["from_string"]).__name__, Date.from_string.__self__ is Date)

# expect: Date(2024, 1, 31) MyDate(1999, 12, 1)
# expect: Date(5, 6, 7)
# expect: classmethod True
