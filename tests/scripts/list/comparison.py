# Lists compare element by element, then by length.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9, 9])  # expect: True True True
print([1, 2] == [1, 2], [1, 2] == [2, 1], [] == [])  # expect: True False True
print([1, [2, 3]] == [1, [2, 3]], [1.0] == [1])  # expect: True True
