# A generator expression's __qualname__ names the enclosing function.
def make():
    return (x for x in "ab")


class Maker:
    def build(self):
        return (x for x in "ab")


print(make().__qualname__)  # expect: make.<locals>.<genexpr>
print(Maker().build().__qualname__)  # expect: Maker.build.<locals>.<genexpr>
