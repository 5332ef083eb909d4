# Deleting a class attribute removes it for every instance.
class A:
    x = 1

    def f(self):
        return 2


a = A()
print(a.x, a.f())
del A.x
del A.f
print(hasattr(a, "x"), hasattr(a, "f"))
A.f = lambda self: 3
print(a.f())

# expect: 1 2
# expect: False False
# expect: 3
