# range accepts negative steps and big values, and is a lazy sequence.
print(list(range(3, -3, -2)), range(10 ** 20)[5], len(range(0, 100, 7)))  # expect: [3, 1, -1] 5 15
