# Converting a subclass instance with the base constructor gives exactly the base type.
class S(str):
    pass


class I(int):
    pass


class T(tuple):
    pass


s, i, t = S("x"), I(7), T((1, 2))
print(type(str(s)).__name__, type(int(i)).__name__, type(tuple(t)).__name__, type(float(I(2))).__name__)
print(str(s) == s, int(i) + 1, tuple(t) == t)

# expect: str int tuple float
# expect: True 8 True
