# __eq__ for other types returns NotImplemented, so == with them is False and != is True.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        if isinstance(o, P):
            return self.v == o.v
        return NotImplemented

    def __hash__(self):
        return hash(self.v)


print(P(1) == P(1), P(1) == 1, 1 == P(1), P(1) != "x", P(2) in [1, P(2)], {P(3): "k"}.get(P(3)))

# expect: True False False True True k
