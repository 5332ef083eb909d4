# send(v) resumes the generator with v as the value of the yield expression.
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            return received
        received.append(value)


g = echo()
print(next(g))  # expect: 0
print(g.send("a"), g.send("b"))  # expect: 1 2
try:
    g.send(None)
except StopIteration as stop:
    print(stop.value)  # expect: ['a', 'b']
