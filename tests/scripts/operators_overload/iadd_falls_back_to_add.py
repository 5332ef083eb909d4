# Without __iadd__, `a += b` uses __add__ and rebinds the name to a new object.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o)


n = Num(1)
alias = n
n += 5
print(n.v, alias.v, n is alias)

# expect: 6 1 False
