# bool() applies truth testing.
print(bool(0), bool(1), bool(-5), bool(0.0), bool(""), bool("x"))  # expect: False True True False False True
print(bool([]), bool([0]), bool({}), bool(None), bool())  # expect: False True False False False
print(bool(range(0)), bool(set()), bool((0,)))  # expect: False False True
