# Unary -, +, ~ and abs() call __neg__, __pos__, __invert__ and __abs__.
class N:
    def __init__(self, v):
        self.v = v

    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(self.v + 0.5)
    def __invert__(self): return N(~self.v)
    def __abs__(self): return abs(self.v) * 100
    def __repr__(self): return f"N({self.v})"


n = N(3)
print(-n, +n, ~n, abs(N(-2)), -(-n))

# expect: N(-3) N(3.5) N(-4) 200 N(3)
