# += extends a list in place, while a = a + b builds a new list.
a = [1]
alias = a
a += [2]
print(alias)  # expect: [1, 2]
a = a + [3]
print(alias, a)  # expect: [1, 2] [1, 2, 3]
a += (4, 5)
a += "xy"
print(a)  # expect: [1, 2, 3, 4, 5, 'x', 'y']
