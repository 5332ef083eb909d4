# A failed assert raises AssertionError with the message as its argument.
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("caught:", e, e.args)  # expect: caught: math is broken ('math is broken',)
try:
    assert []
except AssertionError as e:
    print(repr(e))  # expect: AssertionError()
