# Tuples have count and index.
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), t.index(2, 2))  # expect: 3 3 2
try:
    t.index(9)
except ValueError as e:
    print(e)  # expect: tuple.index(x): x not in tuple
