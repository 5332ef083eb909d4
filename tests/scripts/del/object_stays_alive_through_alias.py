# del removes a name, not the object: other references keep it.
a = [1, 2]
b = a
del a
print(b)  # expect: [1, 2]
