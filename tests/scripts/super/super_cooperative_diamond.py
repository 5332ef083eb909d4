# Cooperative __init__ with super() visits every class of a diamond once, in MRO order.
class Base:
    def __init__(self):
        print("Base")


class Left(Base):
    def __init__(self):
        print("Left")
        super().__init__()


class Right(Base):
    def __init__(self):
        print("Right")
        super().__init__()


class Bottom(Left, Right):
    def __init__(self):
        print("Bottom")
        super().__init__()


Bottom()
print([c.__name__ for c in Bottom.__mro__])

# expect: Bottom
# expect: Left
# expect: Right
# expect: Base
# expect: ['Bottom', 'Left', 'Right', 'Base', 'object']
