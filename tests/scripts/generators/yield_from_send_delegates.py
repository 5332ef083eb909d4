# send() to a generator suspended in yield from goes to the sub-generator.
def inner():
    while True:
        got = yield
        print("inner got", got)
        if got == "stop":
            return "inner done"


def outer():
    r = yield from inner()
    print("outer sees", r)
    yield "outer end"


g = outer()
next(g)
g.send("one")  # expect: inner got one
print(g.send("stop"))  # expect: inner got stop
# expect: outer sees inner done
# expect: outer end
