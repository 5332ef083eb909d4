# Concatenating and repeating tuples creates new tuples.
a = (1, 2)
b = a + (3,)
print(a, b, a * 2, ("x",) * 3)  # expect: (1, 2) (1, 2, 3) (1, 2, 1, 2) ('x', 'x', 'x')
a += (9,)
print(a)  # expect: (1, 2, 9)
