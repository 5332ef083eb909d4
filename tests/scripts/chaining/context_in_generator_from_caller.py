# An exception raised in a generator chains to what its caller is handling, as in CPython.
def gen():
    yield 1
    raise ValueError("in gen")


g = gen()
next(g)
try:
    raise KeyError("caller")
except KeyError:
    try:
        next(g)
    except ValueError as e:
        print(repr(e.__context__))  # expect: KeyError('caller')
