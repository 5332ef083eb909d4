# An int subclass keeps arithmetic and can override __repr__.
class Money(int):
    def __repr__(self):
        return f"${int(self)}"


m = Money(5)
print(repr(m), m + 1, type(m + 1).__name__, m * 2, m == 5, isinstance(m, int), str(m))
print(sorted([Money(3), Money(1)]), hash(m) == hash(5))

# expect: $5 6 int 10 True True $5
# expect: [$1, $3] True
