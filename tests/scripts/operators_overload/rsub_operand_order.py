# Reflected methods receive the left operand as their argument: 10 - x calls x.__rsub__(10).
class X:
    def __rsub__(self, other):
        return f"{other} - X"

    def __rtruediv__(self, other):
        return f"{other} / X"

    def __rpow__(self, other):
        return f"{other} ** X"


print(10 - X(), 1.5 / X(), 2 ** X())

# expect: 10 - X 1.5 / X 2 ** X
