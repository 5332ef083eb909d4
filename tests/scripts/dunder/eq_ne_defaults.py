# __ne__ defaults to the inverse of __eq__; NotImplemented from __eq__ falls back to identity.
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v


a, b, c = V(1), V(1), V(2)
print(a == b, a != b, a == c, a != c, a == 1, a != 1, a == a)
print([a, c].index(b), a in [c, b], [a].count(V(1)))

# expect: True False False True False True True
# expect: 0 True 1
