# send() with a value to a yield from over a plain iterator looks for its send method.
def outer():
    yield from iter([1, 2])


g = outer()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print(e)  # expect: 'list_iterator' object has no attribute 'send'
