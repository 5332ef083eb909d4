# Equal numbers hash alike, whatever their type.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))  # expect: True True
print(hash(2**64) == hash(float(2**64)), hash(0.5) == hash(1 / 2), hash(-1), hash(-2))  # expect: True True -2 -2
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(float("inf")), hash(float("-inf")))  # expect: 0 1 -2 314159 -314159
print(hash(1.5), hash(0.1), hash(1e100))  # expect: 1152921504606846977 230584300921369408 1822893315824342674
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len({1, 1.0, True}), {0: "a", 0.0: "b", False: "c"})  # expect: {1: 'bool'} 1 {0: 'c'}
