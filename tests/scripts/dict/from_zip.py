# dict(zip(keys, values)) pairs two sequences up.
keys = ["a", "b", "c"]
values = [1, 2, 3]
d = dict(zip(keys, values))
print(d)  # expect: {'a': 1, 'b': 2, 'c': 3}
print(dict(zip("xy", range(10))))  # expect: {'x': 0, 'y': 1}
