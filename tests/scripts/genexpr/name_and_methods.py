# A generator expression is a generator named <genexpr>, with send/throw/close.
g = (x for x in range(3))
print(g.__name__)  # expect: <genexpr>
print(next(g), g.send(None))  # expect: 0 1
try:
    g.throw(ValueError("in genexpr"))
except ValueError as e:
    print(e)  # expect: in genexpr
print(next(g, "closed by the exception"))  # expect: closed by the exception
h = (x for x in range(3))
h.close()
print(list(h))  # expect: []
