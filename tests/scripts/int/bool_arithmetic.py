# bool is a subclass of int and takes part in arithmetic as 0 and 1.
print(True + True, True * 10, False - 1)  # expect: 2 10 -1
print(sum([True, False, True, True]))  # expect: 3
print(-True, ~True, True / 2)  # expect: -1 -2 0.5
print(True & False, True | False, True ^ True)  # expect: False True False
print(type(True + 0))  # expect: <class 'int'>
