# * inside list, tuple and set displays splices iterables.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, 0), (*"hi",))  # expect: [1, 2, 3, 4, 5] (1, 2, 0) ('h', 'i')
print({*a, *b, 1})  # expect: {1, 2, 3, 4}
print([*range(3), *{"k": 0}])  # expect: [0, 1, 2, 'k']
