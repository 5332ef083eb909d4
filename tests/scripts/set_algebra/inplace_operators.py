# In-place operators mutate the set; with a frozenset they rebind the name.
s = {1, 2, 3}
alias = s
s |= {10}
s &= {1, 2, 10, 20}
s -= {2}
s ^= {1, 30}
print(s, alias is s)  # expect: {10, 30} True
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g)  # expect: frozenset({1, 2}) frozenset({1}) False
