# Set operators on small ints print in CPython's order.
a = {1, 2, 3, 8}
b = {3, 4, 9, 17}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)  # expect: {1, 2, 3, 4, 8, 9, 17} {3} {8, 1, 2} {9, 4, 17} {1, 2, 4, 8, 9, 17} {1, 2, 4, 8, 9, 17}
print(a.union(b, [33]), a.intersection(b, [3]), a.difference(b, [1]), a.symmetric_difference([1, 9, 25]))  # expect: {1, 2, 3, 4, 33, 8, 9, 17} {3} {8, 2} {2, 3, 8, 9, 25}
