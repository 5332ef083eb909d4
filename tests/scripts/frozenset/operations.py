# Set operations on frozensets return frozensets.
a = frozenset([1, 2, 3])
b = frozenset([2, 3, 4])
print(a | b, a & b)  # expect: frozenset({1, 2, 3, 4}) frozenset({2, 3})
print(a - b, a ^ b)  # expect: frozenset({1}) frozenset({1, 4})
print(type(a | {9}), type({9} | a))  # expect: <class 'frozenset'> <class 'set'>
