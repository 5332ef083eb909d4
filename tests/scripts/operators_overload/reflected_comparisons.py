# 5 < x asks x.__gt__(5); x == 5 with NotImplemented falls back to identity.
class X:
    def __gt__(self, o):
        return f"X > {o}"

    def __le__(self, o):
        return f"X <= {o}"

    def __eq__(self, o):
        return NotImplemented


x = X()
print(5 < x, 5 >= x, x == 5, 5 == x, x != 5, x == x)

# expect: X > 5 X <= 5 False False True True
