# A str subclass keeps string behaviour and adds a method.
class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("ann")
print(n, n.shout(), len(n), n + "e", n == "ann", isinstance(n, str), type(n).__name__)
print(repr(n), n[0], {n: 1}["ann"], f"[{n:>5}]")

# expect: ann ANN! 3 anne True True Name
# expect: 'ann' a 1 [  ann]
