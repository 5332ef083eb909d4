# map with several iterables stops at the shortest.
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))))  # expect: [11, 22] [8, 9] ['0', '1', '2']
print(list(map(lambda *a: a, [1, 2], "xy", (True, False))))  # expect: [(1, 'x', True), (2, 'y', False)]
try:
    map(len)
except TypeError as e:
    print(e)  # expect: map() must have at least two arguments.
