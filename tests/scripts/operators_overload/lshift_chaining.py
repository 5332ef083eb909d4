# A stream class chaining << like C++ iostreams.
class Out:
    def __init__(self):
        self.parts = []

    def __lshift__(self, x):
        self.parts.append(str(x))
        return self


o = Out() << "a" << 1 << [2]
print("".join(o.parts))

# expect: a1[2]
