# in works on strings, lists, tuples, sets, dicts and ranges.
print(2 in [1, 2], 2 in (1, 2), 2 in {1, 2}, 2 in {2: 0}, 2 in range(3))  # expect: True True True True True
print("b" in "abc", "b" in ["abc"], ["b"] in [["b"]])  # expect: True False True
print(3 not in [1, 2], not 3 in [1, 2])  # expect: True True
