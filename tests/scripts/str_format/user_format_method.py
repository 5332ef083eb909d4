# A class's __format__ receives the spec.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
m = Money(12345)
print("{}".format(m), "{:short}".format(m), "{:.1f}".format(m), f"{m:short}")  # expect: $123.45 $123 $123.5 $123
