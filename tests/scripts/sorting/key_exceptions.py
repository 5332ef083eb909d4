# An exception raised by the key function propagates and leaves the list unchanged.
data = [3, 1, 2]
def key(x):
    if x == 2:
        raise ValueError("bad key")
    return x
try:
    data.sort(key=key)
except ValueError as e:
    print(e, data)  # expect: bad key [3, 1, 2]
