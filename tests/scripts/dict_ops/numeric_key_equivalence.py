# 1, 1.0 and True are the same key; the first key object is kept.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {1.5: "a", 3 / 2: "b"}, {0: "zero", -0.0: "negzero"})  # expect: {1: 'bool'} {1.5: 'b'} {0: 'negzero'}
