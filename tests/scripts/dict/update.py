# update merges another dict, pairs or keyword arguments.
d = {"a": 1}
d.update({"b": 2, "a": 10})
d.update([("c", 3)])
d.update(d2=4)
print(d)  # expect: {'a': 10, 'b': 2, 'c': 3, 'd2': 4}
