# del accepts several targets, including slices.
a, b = 1, 2
lst = [0, 1, 2, 3, 4]
d = {"k": 1, "j": 2}
del a, lst[0], d["k"]
print(b, lst, d)  # expect: 2 [1, 2, 3, 4] {'j': 2}
del lst[1:3], b
print(lst)  # expect: [1, 4]
