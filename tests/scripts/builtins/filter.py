# filter keeps items for which the function is true; None means truthiness.
print(list(filter(lambda x: x % 2, range(10))))  # expect: [1, 3, 5, 7, 9]
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))  # expect: [1, 'a', [0]]
print(list(filter(str.isdigit, "a1b2c3")))  # expect: ['1', '2', '3']
