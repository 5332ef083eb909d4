# copy makes a shallow copy; clear empties the dict in place.
d = {"a": [1], "b": 2}
c = d.copy()
c["b"] = 3
c["a"].append(2)
print(d, c)  # expect: {'a': [1, 2], 'b': 2} {'a': [1, 2], 'b': 3}
alias = d
d.clear()
print(alias, len(d))  # expect: {} 0
