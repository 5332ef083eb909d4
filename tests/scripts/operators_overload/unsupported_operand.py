# Adding an int to an instance without __add__ raises TypeError naming both types.
class A:
    pass


A() + 1

# expect error: TypeError: unsupported operand type(s) for +: 'A' and 'int'
