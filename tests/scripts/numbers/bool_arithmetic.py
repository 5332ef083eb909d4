# bool is an int subclass.
print(True + True, True * 10, -True, True / 2, True // 1, ~True, True & False, True | 2)  # expect: 2 10 -1 0.5 1 -2 False 3
print(isinstance(True, int), int(False), str(True), repr(False), sum([True, True, False]))  # expect: True 0 True False 2
