# A list that contains itself prints [...] for the recursive reference.
a = [1, 2]
a.append(a)
print(a)  # expect: [1, 2, [...]]
d = {"k": 1}
d["self"] = d
print(d)  # expect: {'k': 1, 'self': {...}}
