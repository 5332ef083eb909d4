# del with a key removes that dict entry.
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)  # expect: {'a': 1, 'c': 3}
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'zz'
