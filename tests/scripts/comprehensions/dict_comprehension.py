# Dict comprehensions build dicts in iteration order; later duplicates win.
print({x: x * x for x in range(5)})  # expect: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16}
words = ["apple", "bob", "cat", "avocado"]
print({w[0]: w for w in words})  # expect: {'a': 'avocado', 'b': 'bob', 'c': 'cat'}
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items() if v != 2})  # expect: {1: 'a', 3: 'c'}
