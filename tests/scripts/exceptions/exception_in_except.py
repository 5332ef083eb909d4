# An exception raised inside an except clause propagates outward.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print("outer got", type(e).__name__)  # expect: outer got IndexError
