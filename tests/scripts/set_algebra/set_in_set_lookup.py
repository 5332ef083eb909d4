# A set can be looked up in a set of frozensets.
groups = {frozenset({1, 2}), frozenset({3})}
print({1, 2} in groups, {4} in groups, frozenset({3}) in groups)  # expect: True False True
