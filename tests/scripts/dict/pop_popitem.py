# pop removes a key (with optional default); popitem removes the last inserted pair.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)  # expect: 2 {'a': 1, 'c': 3}
print(d.pop("zz", "default"))  # expect: default
print(d.popitem(), d)  # expect: ('c', 3) {'a': 1}
d["d"] = 4
print(d.popitem())  # expect: ('d', 4)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'missing'
try:
    {}.popitem()
except KeyError as e:
    print(e)  # expect: 'popitem(): dictionary is empty'
