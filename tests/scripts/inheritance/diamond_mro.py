# The diamond: C3 linearisation puts the shared base last.
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


print([k.__name__ for k in D.__mro__])
print(D().who(), [k.__name__ for k in D.mro()])

# expect: ['D', 'B', 'C', 'A', 'object']
# expect: B ['D', 'B', 'C', 'A', 'object']
