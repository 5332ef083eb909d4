# next(g) is g.send(None): the yield expression evaluates to None.
def gen():
    a = yield 1
    b = yield 2
    yield (a, b)


g = gen()
next(g)
g.send("sent")
print(next(g))  # expect: ('sent', None)
