# print converts each argument with str().
print(1, 2.5, None, True, "s", [1, "s"], (1,), {"k": None})  # expect: 1 2.5 None True s [1, 's'] (1,) {'k': None}
print(b"raw", range(2), 10 ** 20)  # expect: b'raw' range(0, 2) 100000000000000000000
