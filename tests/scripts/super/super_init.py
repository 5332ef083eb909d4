# super().__init__(v) in a subclass __init__ runs the base __init__ on the same instance.
class A:
    def __init__(self, v):
        self.v = v


class B(A):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w


b = B(1, 2)
print(b.v, b.w, b.__dict__)

# expect: 1 2 {'v': 1, 'w': 2}
