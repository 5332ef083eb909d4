# .getter/.setter/.deleter return new property objects and leave the original unchanged.
def g(self):
    return 1


def s(self, v):
    pass


p = property(g)
q = p.setter(s)
print(p is q, p.fset, q.fset is s, q.fget is g)
r = q.deleter(s)
print(r.fdel is s, q.fdel)

# expect: False None True True
# expect: True None
