# Dicts print keys and values with repr, in insertion order.
print({"b": 1, "a": [2], 3: "c", (4, 5): None})  # expect: {'b': 1, 'a': [2], 3: 'c', (4, 5): None}
print({}, {"": ""})  # expect: {} {'': ''}
