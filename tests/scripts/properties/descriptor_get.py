# A user-defined non-data descriptor (__get__ only) computes class attribute access.
class Constant:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        who = "class" if obj is None else "instance"
        return f"{self.value} via {who} of {objtype.__name__}"


class A:
    c = Constant(7)


a = A()
print(a.c)
print(A.c)
a.__dict__["c"] = "shadow"
print(a.c)

# expect: 7 via instance of A
# expect: 7 via class of A
# expect: shadow
