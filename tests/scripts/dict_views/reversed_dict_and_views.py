# reversed() works on dicts and on their views.
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))  # expect: ['c', 'b', 'a'] ['c', 'b', 'a'] [3, 2, 1] [('c', 3), ('b', 2), ('a', 1)]
print(type(reversed(d)).__name__, list(reversed({})))  # expect: dict_reversekeyiterator []
