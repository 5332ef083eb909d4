# super(Parent, self) starts the lookup after Parent, skipping its method.
class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return "B"


class C(B):
    def f(self):
        return super(B, self).f()


print(C().f())

# expect: A
