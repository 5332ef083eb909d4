# Strings compare lexicographically by code point.
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd")  # expect: True True True
print("ab" < "abc", "" < "a", "a" == "a")  # expect: True True True
print("é" > "z", "10" < "9")  # expect: True True
print(sorted(["b", "B", "a", "A", "_"]))  # expect: ['A', 'B', '_', 'a', 'b']
