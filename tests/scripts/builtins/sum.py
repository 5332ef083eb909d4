# sum adds numbers, with an optional start value.
print(sum([1, 2, 3]), sum([]), sum(range(101)))  # expect: 6 0 5050
print(sum([0.1] * 10), sum([1, 2.5]))  # expect: 0.9999999999999999 3.5
print(sum([[1], [2, 3]], []), sum((1, 2), 10), sum([1], start=100))  # expect: [1, 2, 3] 13 101
