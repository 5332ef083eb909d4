# str.count counts non-overlapping occurrences.
print("banana".count("a"), "banana".count("an"), "banana".count("x"))  # expect: 3 2 0
print("aaaa".count("aa"))  # expect: 2
print("banana".count("a", 2), "banana".count("a", 2, 4))  # expect: 2 1
print("abc".count(""))  # expect: 4
