# range objects print as range(start, stop) or range(start, stop, step).
print(range(5), range(1, 10), range(1, 10, 2), range(5, 0, -1))  # expect: range(0, 5) range(1, 10) range(1, 10, 2) range(5, 0, -1)
print(type(range(3)))  # expect: <class 'range'>
