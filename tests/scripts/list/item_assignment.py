# Assigning to an index replaces one element.
a = ["a", "b", "c"]
a[1] = "B"
a[0], a[2] = a[2], a[0]
print(a)  # expect: ['c', 'B', 'a']
try:
    a[3] = "d"
except IndexError as e:
    print(e)  # expect: list assignment index out of range
