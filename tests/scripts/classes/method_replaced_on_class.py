# Replacing a method on the class (or a base) takes effect for calls already made from the same line.
class Base:
    def f(self):
        return "base"


class Sub(Base):
    pass


def call_all(objs):
    return [o.f() for o in objs]


b, s = Base(), Sub()
print(call_all([b, s]))
Base.f = lambda self: "patched"
print(call_all([b, s]))
Sub.f = lambda self: "sub's own"
print(call_all([b, s]))
del Sub.f
print(call_all([b, s]))

# expect: ['base', 'base']
# expect: ['patched', 'patched']
# expect: ['patched', "sub's own"]
# expect: ['patched', 'patched']
