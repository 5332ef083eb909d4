# Nested containers print recursively with consistent spacing.
data = {"list": [1, [2, [3, []]]], "tuple": (1, (2,), ()), "dict": {"inner": {}}}
print(data)  # expect: {'list': [1, [2, [3, []]]], 'tuple': (1, (2,), ()), 'dict': {'inner': {}}}
print([{1, 2}, frozenset({3}), set()])  # expect: [{1, 2}, frozenset({3}), set()]
