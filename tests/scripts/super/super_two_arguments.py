# The two-argument form super(Class, self) behaves like the zero-argument form.
class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f > " + super(B, self).f()


class C(B):
    def f(self):
        return "C.f > " + super(C, self).f()


print(C().f())
print(super(B, C()).f())

# expect: C.f > B.f > A.f
# expect: A.f
