# Every binary operator with a non-supporting left operand tries the right operand's reflected dunder.
class L:
    def __radd__(self, o): return "radd"
    def __rsub__(self, o): return "rsub"
    def __rmul__(self, o): return "rmul"
    def __rtruediv__(self, o): return "rtruediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return "rpow"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rmatmul__(self, o): return "rmatmul"
    def __rdivmod__(self, o): return "rdivmod"


x = L()
print(1 + x, 1 - x, 1 * x, 1 / x, 1 // x, 1 % x, 1 ** x)
print(1 << x, 1 >> x, 1 & x, 1 | x, 1 ^ x, 1 @ x, divmod(1, x))
print("s" + x, [1] * x, 2.5 - x, None | x)

# expect: radd rsub rmul rtruediv rfloordiv rmod rpow
# expect: rlshift rrshift rand ror rxor rmatmul rdivmod
# expect: radd rmul rsub ror
