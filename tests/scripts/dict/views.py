# keys, values and items return live views with readable reprs.
d = {"x": 1, "y": 2}
k = d.keys()
v = d.values()
it = d.items()
print(k)  # expect: dict_keys(['x', 'y'])
print(v)  # expect: dict_values([1, 2])
print(it)  # expect: dict_items([('x', 1), ('y', 2)])
d["z"] = 3
print(list(k), len(v), ("z", 3) in it)  # expect: ['x', 'y', 'z'] 3 True
print("x" in k, 2 in v)  # expect: True True
