# The MRO error can be caught and names the conflicting bases.
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass


try:
    class Z(P, Q):
        pass
except TypeError as e:
    print(e)

# expect: Cannot create a consistent method resolution
# expect: order (MRO) for bases X, Y
