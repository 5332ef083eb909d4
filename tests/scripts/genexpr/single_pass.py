# A generator expression can be iterated once; a second pass is empty.
g = (c for c in "hi")
print(list(g), list(g), repr("".join(g)))  # expect: ['h', 'i'] [] ''
