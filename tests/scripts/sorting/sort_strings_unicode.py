# Strings sort by code point.
print(sorted(["é", "e", "z", "E", "ä", "a", "Z", "10", "9"]))  # expect: ['10', '9', 'E', 'Z', 'a', 'e', 'z', 'ä', 'é']
print(sorted(["b", "a", "C"], key=str.casefold))  # expect: ['a', 'b', 'C']
