# frozenset is an immutable set with its own repr.
f = frozenset([3, 1, 2, 1])
print(f, len(f))  # expect: frozenset({1, 2, 3}) 3
print(frozenset(), type(f))  # expect: frozenset() <class 'frozenset'>
print(2 in f, 5 in f)  # expect: True False
