# dict.fromkeys shares one value between all keys.
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), "v"))  # expect: {'a': None, 'b': None, 'c': None} {'x': 0, 'y': 0} {0: 'v', 1: 'v', 2: 'v'}
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)  # expect: {'a': [1], 'b': [1]}
