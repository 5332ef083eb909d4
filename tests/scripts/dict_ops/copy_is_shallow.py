# copy() is shallow: nested values are shared.
d = {"list": [1], "n": 1}
c = d.copy()
c["list"].append(2)
c["n"] = 99
print(d, c, c is d)  # expect: {'list': [1, 2], 'n': 1} {'list': [1, 2], 'n': 99} False
