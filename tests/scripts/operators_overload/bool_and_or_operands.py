# `and`/`or` use __bool__ and return the operand object itself.
class T:
    def __init__(self, v, name):
        self.v, self.name = v, name

    def __bool__(self):
        return self.v

    def __repr__(self):
        return self.name


t, f = T(True, "t"), T(False, "f")
print(t and f, f and t, t or f, f or t, not f, [x for x in (t, f) if x])

# expect: f f t t True [t]
