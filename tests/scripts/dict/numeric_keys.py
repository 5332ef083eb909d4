# Keys that compare equal (1, 1.0, True) are the same key; the first key object is kept.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)  # expect: {1: 'bool'}
print(d[1.0], len(d))  # expect: bool 1
e = {0: "a", -1: "b", 2 ** 70: "c", (1, 2): "d", None: "e"}
print(e[2 ** 70], e[(1, 2)], e[None])  # expect: c d e
