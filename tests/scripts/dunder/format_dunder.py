# f-strings and format() pass the format spec to __format__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"


m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:.1f}", format(m, "10.3f"), "{:short}".format(m))
print(f"[{m!s:>5}]" != "", format(m))

# expect: $123.45 $123 $123.5 $   123.450 $123
# expect: True $123.45
