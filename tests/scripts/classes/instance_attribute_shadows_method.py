# An instance attribute with a method's name shadows the method for that instance only.
class A:
    def f(self):
        return "method"


a, b = A(), A()
a.f = lambda: "instance"
print(a.f(), b.f())
del a.f
print(a.f())

# expect: instance method
# expect: method
