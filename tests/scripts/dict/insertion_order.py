# Dicts remember insertion order; updating a value keeps the key's position.
d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
print(d)  # expect: {'zebra': 1, 'apple': 2, 'mango': 3}
d["zebra"] = 10
print(list(d))  # expect: ['zebra', 'apple', 'mango']
del d["zebra"]
d["zebra"] = 100
print(d)  # expect: {'apple': 2, 'mango': 3, 'zebra': 100}
