# An exception raised in try is handled by a matching except clause.
try:
    x = 1 / 0
    print("not reached")
except ZeroDivisionError:
    print("caught division")  # expect: caught division
try:
    [][1]
except IndexError as e:
    print("caught:", e)  # expect: caught: list index out of range
print("after")  # expect: after
