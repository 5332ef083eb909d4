# Tuple assignment unpacks any iterable of the right length.
a, b = 1, 2
print(a, b)  # expect: 1 2
(c, d) = [3, 4]
e, f, g = "xyz"
print(c, d, e, f, g)  # expect: 3 4 x y z
h, = [5]
print(h)  # expect: 5
k, v = {"only": 1}.popitem()
print(k, v)  # expect: only 1
