# len of every sized built-in type.
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}))  # expect: 3 2 1 1 3
print(len(range(10)), len(b"xy"), len(bytearray(4)), len(frozenset()), len(""))  # expect: 10 2 4 0 0
print(len({}.keys()), len("日本"))  # expect: 0 2
