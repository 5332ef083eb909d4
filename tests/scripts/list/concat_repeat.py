# + concatenates lists and * repeats them into new lists.
a = [1, 2]
b = a + [3]
print(a, b)  # expect: [1, 2] [1, 2, 3]
print([0] * 4, 2 * ["x"], [1] * 0)  # expect: [0, 0, 0, 0] ['x', 'x'] []
