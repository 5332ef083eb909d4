# in tests keys, not values.
d = {"a": 1, 2: "b"}
print("a" in d, 1 in d, 2 in d, "b" not in d)  # expect: True False True True
