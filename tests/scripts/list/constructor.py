# list() builds lists from any iterable.
print(list(), list("abc"), list(range(3)))  # expect: [] ['a', 'b', 'c'] [0, 1, 2]
print(list((1, 2)), list({"a": 1, "b": 2}))  # expect: [1, 2] ['a', 'b']
print(list({3, 1, 2}))  # expect: [1, 2, 3]
