# Union, intersection, difference and symmetric difference, as operators and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)  # expect: {1, 2, 3, 4, 5} {3, 4} {1, 2} {1, 2, 5}
print(a.union([6]), a.intersection(b, {4}), a.difference([1, 2]))  # expect: {1, 2, 3, 4, 6} {4} {3, 4}
print(a.symmetric_difference(b), a)  # expect: {1, 2, 5} {1, 2, 3, 4}
