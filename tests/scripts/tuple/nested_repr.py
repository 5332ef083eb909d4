# Nested tuples and tuples holding mutable objects.
t = (1, (2, 3), [4, 5], {"k": (6,)})
print(t)  # expect: (1, (2, 3), [4, 5], {'k': (6,)})
t[2].append(6)
print(t[2], len(t))  # expect: [4, 5, 6] 4
