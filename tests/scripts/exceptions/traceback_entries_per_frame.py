# __traceback__ holds one entry per frame the exception passed through, outermost first.
def a():
    b()


def b():
    c()


def c():
    raise LookupError("deep")


try:
    a()
except LookupError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_lineno)
        tb = tb.tb_next
# expect: 15
# expect: 3
# expect: 7
# expect: 11
