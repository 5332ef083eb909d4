# A starred expression in a subscript makes a tuple key (PEP 646), as `x[*a,]` does.
d = {(1, 2): "pair", (3,): "one", (1, 2, 3): "three"}
a = [1, 2]
print(d[*a])  # expect: pair
print(d[*[3]])  # expect: one
print(d[*a, 3])  # expect: three
print(d[0, *a[1:]] if (0, 2) in d else "absent")  # expect: absent
