# min and max over arguments or an iterable.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"))  # expect: 1 3 4 o
print(max([1, 5.5, 3]), min((2, 2.0)), max(2.0, 2))  # expect: 5.5 2 2.0
print(max([[1, 2], [1, 3]]), min(["b", "a", "c"]))  # expect: [1, 3] a
