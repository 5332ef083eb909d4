# One attribute access site serving objects of several classes and layouts.
class A:
    def __init__(self):
        self.v = "A instance"

    def m(self):
        return "A.m"


class B:
    v = "B class attribute"

    def m(self):
        return "B.m"


class C(list):
    v = "C class"

    def m(self):
        return "C.m"


objs = [A(), B(), C(), A(), B()]
objs[4].v = "B instance"
print([o.v for o in objs])
print([o.m() for o in objs])
print([[].append, "x".upper()][1], [len(o.v) for o in objs])

# expect: ['A instance', 'B class attribute', 'C class', 'A instance', 'B instance']
# expect: ['A.m', 'B.m', 'C.m', 'A.m', 'B.m']
# expect: X [10, 17, 7, 10, 10]
