# in and not in compare elements with ==.
a = [1, "two", 3.0, [4]]
print(1 in a, "two" in a, 3 in a, [4] in a)  # expect: True True True True
print(2 not in a, "TWO" in a)  # expect: True False
