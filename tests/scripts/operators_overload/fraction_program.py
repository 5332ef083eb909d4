# Program: a Fraction class with arithmetic, comparisons, hashing and mixed int operands.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(o):
        if isinstance(o, Fraction):
            return o
        if isinstance(o, int):
            return Fraction(o)
        return None

    def __add__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Fraction._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)


h = Fraction(1, 2)
t = Fraction(1, 3)
print(h + t, h - t, h * t, h / t, -h, 1 - h, 2 * t, t + 1)
print(h == Fraction(2, 4), h == 0.5, h < t, t < h, sorted([h, t, Fraction(1, 6)]))
print(sum([Fraction(1, n) for n in range(1, 5)]), float(Fraction(3, 8)), len({h, Fraction(2, 4)}))
print(repr(Fraction(6, -4)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("error:", e)

# expect: 5/6 1/6 1/6 3/2 -1/2 1/2 2/3 4/3
# expect: True False False True [Fraction(1, 6), Fraction(1, 3), Fraction(1, 2)]
# expect: 25/12 0.375 1
# expect: Fraction(-3, 2)
# expect: error: Fraction(1, 0)
