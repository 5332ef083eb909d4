# Subset and superset tests with operators and methods.
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b < b, b <= b)  # expect: True True False True
print(b >= a, b > a, a.issubset(b), b.issuperset(a))  # expect: True True True True
print(a.isdisjoint({3, 4}), a.isdisjoint({2}))  # expect: True False
