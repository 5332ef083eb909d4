# Subclasses that become garbage do not disturb later changes to their base class.
class Base:
    def f(self):
        return 1


def make(i):
    class Temp(Base):
        def g(self):
            return i
    return Temp().f() + Temp().g()


total = 0
for i in range(300):
    total += make(i)
    if i % 50 == 0:
        Base.f = (lambda k: lambda self: k)(i)
keep = [type("Kept", (Base,), {}) for _ in range(3)]
Base.f = lambda self: "changed"
print(total, [k().f() for k in keep])

# expect: 82101 ['changed', 'changed', 'changed']
