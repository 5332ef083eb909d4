# map applies a function to items of one or more iterables, lazily.
print(list(map(str, [1, 2, 3])))  # expect: ['1', '2', '3']
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))  # expect: [4, 10]
print(list(map(len, ["a", "bb", ""])), list(map(int, "123")))  # expect: [1, 2, 0] [1, 2, 3]
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))  # expect: 1 [2] []
