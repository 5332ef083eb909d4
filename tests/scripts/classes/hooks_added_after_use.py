# __getattr__ and __setattr__ added to a class after its attributes were used are honoured.
class A:
    pass


def get(o, name):
    return getattr(o, name, "missing")


def store(o):
    o.y = 1


a = A()
store(a)
print(get(a, "zz"), a.y)
A.__getattr__ = lambda self, name: "computed " + name
A.__setattr__ = lambda self, name, value: print("intercepted", name, value)
print(get(a, "zz"))
store(a)
print(a.y)

# expect: missing 1
# expect: computed zz
# expect: intercepted y 1
# expect: 1
