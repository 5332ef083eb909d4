# An error inside a generator consumed by a for loop: the traceback shows the for line, then the generator.
def readings():
    yield "1"
    yield "x"


def total():
    s = 0
    for r in readings():
        s += int(r)
    return s


total()
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/exception_traceback_through_for.py", line 14, in <module>
# expect stderr:     total()
# expect stderr:   File "<dir>/exception_traceback_through_for.py", line 10, in total
# expect stderr:     s += int(r)
# expect stderr:          ^^^^^^
# expect stderr: ValueError: invalid literal for int() with base 10: 'x'
