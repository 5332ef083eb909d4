# Builtins mixing ints, floats and bools keep the original objects.
print(max(1, True), max(True, 1), min(0, False, 0.0))  # expect: 1 True 0
print(sum([True, 2, 0.5]), abs(-True))  # expect: 3.5 1
