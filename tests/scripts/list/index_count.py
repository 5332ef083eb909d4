# index finds the first position of a value (optionally within bounds); count counts matches.
a = ["a", "b", "c", "b", "a"]
print(a.index("b"), a.index("b", 2), a.index("a", 1, 5))  # expect: 1 3 4
print(a.count("a"), a.count("z"))  # expect: 2 0
print([1, 1.0, True].count(1))  # expect: 3
try:
    a.index("z")
except ValueError as e:
    print(e)  # expect: 'z' is not in list
