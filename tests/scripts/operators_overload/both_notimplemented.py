# When both operands return NotImplemented the operation raises TypeError.
class A:
    def __add__(self, o):
        return NotImplemented


class B:
    def __radd__(self, o):
        return NotImplemented


A() + B()

# expect error: TypeError: unsupported operand type(s) for +: 'A' and 'B'
