# Views reflect later changes to the dict.
d = {"x": 1}
k, v, it = d.keys(), d.values(), d.items()
d["y"] = 2
del d["x"]
print(list(k), list(v), list(it), len(k))  # expect: ['y'] [2] [('y', 2)] 1
print(repr(k), repr(v), repr(it))  # expect: dict_keys(['y']) dict_values([2]) dict_items([('y', 2)])
