# divmod() uses __divmod__/__rdivmod__; pow() with two arguments uses __pow__/__rpow__.
class D:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, o): return ("pow", o)
    def __rpow__(self, o): return ("rpow", o)


print(divmod(D(), 3), divmod(3, D()), pow(D(), 2), pow(2, D()), D() ** 3)

# expect: ('divmod', 3) ('rdivmod', 3) ('pow', 2) ('rpow', 2) ('pow', 3)
