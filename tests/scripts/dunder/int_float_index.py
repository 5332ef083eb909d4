# int(), float() and __index__ conversions (indexing, range, hex, bin).
class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)


n = Num(3.7)
print(int(n), float(n), [10, 20, 30, 40][Num(2)], list(range(Num(3))))
print(hex(Num(255)), bin(Num(5)), oct(Num(8)), "abcdef"[Num(1):Num(4)], (1, 2, 3)[Num(0)])

# expect: 3 3.7 30 [0, 1, 2]
# expect: 0xff 0b101 0o10 bcd 1
