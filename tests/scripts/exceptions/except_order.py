# The first matching except clause wins, so order matters.
try:
    1 / 0
except ArithmeticError:
    print("ArithmeticError clause")  # expect: ArithmeticError clause
except ZeroDivisionError:
    print("never")
