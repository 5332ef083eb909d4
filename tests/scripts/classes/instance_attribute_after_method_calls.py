# An instance attribute assigned after a method has been called through it shadows the method.
class A:
    def f(self):
        return "method"


def call(o):
    return o.f()


a = A()
print(call(a), call(a))
a.f = lambda: "instance attribute"
print(call(a), call(A()))
del a.f
print(call(a))

# expect: method method
# expect: instance attribute method
# expect: method
