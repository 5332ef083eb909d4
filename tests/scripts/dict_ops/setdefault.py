# setdefault inserts only when the key is missing.
d = {}
print(d.setdefault("a", 1), d.setdefault("a", 2), d.setdefault("b"), d)  # expect: 1 1 None {'a': 1, 'b': None}
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)  # expect: {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']}
