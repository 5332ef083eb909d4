# Cooperative classes pass keyword arguments along the MRO with super().__init__(**kwargs).
class Shape:
    def __init__(self, **kwargs):
        self.extra = kwargs


class Colored(Shape):
    def __init__(self, color="black", **kwargs):
        self.color = color
        super().__init__(**kwargs)


class Sized(Shape):
    def __init__(self, size=1, **kwargs):
        self.size = size
        super().__init__(**kwargs)


class Box(Colored, Sized):
    pass


b = Box(color="red", size=3, label="x")
print(b.color, b.size, b.extra)

# expect: red 3 {'label': 'x'}
