# Indexing a string gives a one-character string; negative indices count from the end.
s = "python"
print(s[0], s[5], s[-1], s[-6])  # expect: p n n p
print(type(s[0]), len(s[2]))  # expect: <class 'str'> 1
