# frozensets and sets compare by contents and support subset tests together.
print(frozenset([1, 2]) == {1, 2}, frozenset([1]) < {1, 2})  # expect: True True
print(frozenset([1, 2]).issubset([1, 2, 3]))  # expect: True
