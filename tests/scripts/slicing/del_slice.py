# del with a slice removes a range of elements.
a = list(range(10))
del a[2:5]
print(a)  # expect: [0, 1, 5, 6, 7, 8, 9]
del a[::2]
print(a)  # expect: [1, 6, 8]
del a[:]
print(a)  # expect: []
