# Sending a value other than None to a generator that has not started is a TypeError; None starts it.
def gen():
    x = yield "first"
    yield x


g = gen()
try:
    g.send(1)
except TypeError as e:
    print(e)  # expect: can't send non-None value to a just-started generator
print(g.send(None), g.send(5))  # expect: first 5
