# Attributes and methods resolve left to right through multiple bases.
class Flying:
    moves = "fly"

    def fly(self):
        return "flap"


class Swimming:
    moves = "swim"

    def swim(self):
        return "paddle"


class Duck(Flying, Swimming):
    pass


class Penguin(Swimming, Flying):
    pass


d, p = Duck(), Penguin()
print(d.moves, p.moves, d.fly(), d.swim(), p.fly())
print(Duck.__bases__ == (Flying, Swimming), Duck.__base__ is Flying)

# expect: fly swim flap paddle flap
# expect: True True
