# throw() with a non-exception or an instance plus a value is a TypeError.
def gen():
    yield


g = gen()
next(g)
try:
    g.throw(42)
except TypeError as e:
    print(e)  # expect: exceptions must be classes or instances deriving from BaseException, not int
try:
    g.throw(ValueError("x"), "extra")
except TypeError as e:
    print(e)  # expect: instance exception may not have a separate value
print(next(g, "still usable"))  # expect: still usable
