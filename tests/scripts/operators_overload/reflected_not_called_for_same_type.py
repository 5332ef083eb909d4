# __radd__ is not tried when both operands have the same type.
class A:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return "radd"


print(1 + A())
try:
    A() + A()
except TypeError as e:
    print(e)

# expect: radd
# expect: unsupported operand type(s) for +: 'A' and 'A'
