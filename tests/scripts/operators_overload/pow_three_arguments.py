# pow(x, y, mod) passes the modulus to __pow__.
class M:
    def __pow__(self, exp, mod=None):
        return ("pow", exp, mod)


print(pow(M(), 2, 5), pow(M(), 3))

# expect: ('pow', 2, 5) ('pow', 3, None)
