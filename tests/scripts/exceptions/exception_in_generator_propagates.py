# An exception raised inside a generator propagates to the consumer at the next() that resumed it.
def numbers():
    yield 1
    yield 2
    raise ValueError("ran dry")


got = []
try:
    for n in numbers():
        got.append(n)
except ValueError as e:
    print(got, e)  # expect: [1, 2] ran dry
