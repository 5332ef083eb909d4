# get returns a default for missing keys; setdefault also inserts it.
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0))  # expect: 1 None 0
print(d.setdefault("a", 5), d.setdefault("b", []))  # expect: 1 []
d.setdefault("b", []).append("x")
print(d)  # expect: {'a': 1, 'b': ['x']}
