# range with one, two and three arguments, including negative steps.
print(list(range(5)))  # expect: [0, 1, 2, 3, 4]
print(list(range(2, 10, 3)))  # expect: [2, 5, 8]
print(list(range(10, 0, -3)))  # expect: [10, 7, 4, 1]
print(list(range(-3, 3)))  # expect: [-3, -2, -1, 0, 1, 2]
