# property(fget, fset, fdel, doc) built by calling property directly.
class P:
    def __init__(self):
        self._v = 0

    def get_v(self):
        return self._v

    def set_v(self, v):
        self._v = v * 10

    def del_v(self):
        self._v = -1

    v = property(get_v, set_v, del_v, "the v value")


p = P()
p.v = 4
print(p.v)
del p.v
print(p.v, P.v.__doc__)
print(P.v.fget is P.get_v, P.v.fset is P.set_v, P.v.fdel is P.del_v)

# expect: 40
# expect: -1 the v value
# expect: True True True
