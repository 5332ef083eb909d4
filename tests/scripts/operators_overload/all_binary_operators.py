# Every binary operator dispatches to its dunder method.
class R:
    def __init__(self, name):
        self.name = name

    def __add__(self, o): return "add"
    def __sub__(self, o): return "sub"
    def __mul__(self, o): return "mul"
    def __truediv__(self, o): return "truediv"
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __pow__(self, o): return "pow"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __matmul__(self, o): return "matmul"
    def __divmod__(self, o): return "divmod"


r = R("r")
print(r + 1, r - 1, r * 1, r / 1, r // 1, r % 1, r ** 1)
print(r << 1, r >> 1, r & 1, r | 1, r ^ 1, r @ 1, divmod(r, 1))

# expect: add sub mul truediv floordiv mod pow
# expect: lshift rshift and or xor matmul divmod
