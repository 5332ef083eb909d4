# items() views act as sets of (key, value) pairs.
d = {"a": 1, "b": 2}
print(sorted(d.items() & {("a", 1), ("b", 5)}), sorted(d.items() | {("z", 0)}), sorted(d.items() - {("a", 1)}))  # expect: [('a', 1)] [('a', 1), ('b', 2), ('z', 0)] [('b', 2)]
print(d.items() == {("a", 1), ("b", 2)}, ("a", 1) in d.items(), ("a", 2) in d.items(), ["a", 1] in d.items())  # expect: True True False False
print(sorted(d.items() ^ {("a", 1), ("c", 3)}))  # expect: [('b', 2), ('c', 3)]
