# A lambda containing yield is a generator function.
make = lambda: (yield 10)
g = make()
print(type(g).__name__, next(g))  # expect: generator 10
try:
    g.send("bye")
except StopIteration as stop:
    print(stop.value)  # expect: bye
