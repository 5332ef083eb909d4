# Subset and superset tests, strict and not.
a, b = {1, 2}, {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a, a.issubset([1, 2]), b.issuperset(range(3)), a == frozenset(a))  # expect: True True True True False True True False True
print({1}.isdisjoint([2, 3]), {1}.isdisjoint({1}), set().isdisjoint([]))  # expect: True False True
try:
    a < [1, 2, 3]
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'set' and 'list'
