# translate maps code points to strings, code points or None (deletion).
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello avocado".translate(table))  # expect: h3ll 4vc4d
print("abc".translate({97: "xyz", 98: 66}))  # expect: xyzBc
print("abc".translate(str.maketrans("abc", "xyz", "b")))  # expect: xz
print(sorted(str.maketrans("ab", "cd").items()))  # expect: [(97, 99), (98, 100)]
