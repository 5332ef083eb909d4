# Sets compare by contents; a set equals a frozenset with the same elements.
print({1, 2} == {2, 1}, {1, 2} == {1, 2, 3}, {1} == frozenset([1]))  # expect: True False True
print({1, 2.0} == {1.0, 2}, set() == set())  # expect: True True
