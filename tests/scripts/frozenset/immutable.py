# frozenset has no mutating methods.
f = frozenset([1])
print(hasattr(f, "add"), hasattr(set(), "add"))  # expect: False True
try:
    f.add(2)
except AttributeError as e:
    print(e)  # expect: 'frozenset' object has no attribute 'add'
