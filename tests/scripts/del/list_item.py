# del with an index removes that list element.
a = ["a", "b", "c", "d"]
del a[1]
print(a)  # expect: ['a', 'c', 'd']
del a[-1]
print(a)  # expect: ['a', 'c']
try:
    del a[5]
except IndexError as e:
    print(e)  # expect: list assignment index out of range
