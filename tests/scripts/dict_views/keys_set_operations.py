# keys() views support the set operators; results are sets.
d = {"a": 1, "b": 2, "c": 3}
print(sorted(d.keys() & {"a", "x"}), sorted(d.keys() | {"x"}), sorted(d.keys() - {"a"}), sorted(d.keys() ^ {"a", "z"}))  # expect: ['a'] ['a', 'b', 'c', 'x'] ['b', 'c'] ['b', 'c', 'z']
print(sorted({"a", "q"} - d.keys()), sorted(["a", "q"] & d.keys()), type(d.keys() & set()).__name__)  # expect: ['q'] ['a'] set
print(d.keys() == {"a", "b", "c"}, d.keys() < {"a", "b", "c", "d"}, d.keys() <= {"a", "b", "c"}, d.keys() > {"a"})  # expect: True True True True
print(d.keys().isdisjoint({"x"}), d.keys().isdisjoint(["a"]))  # expect: True False
