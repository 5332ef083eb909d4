# yield as an expression: bare yield, yield in an assignment, in an argument, of a tuple.
def gen():
    x = yield
    y = yield x, "pair"
    print("y =", y)
    z = str((yield "in call"))
    yield z


g = gen()
print(next(g))  # expect: None
print(g.send("X"))  # expect: ('X', 'pair')
print(g.send("Y"))  # expect: y = Y
# expect: in call
print(g.send(42))  # expect: 42
