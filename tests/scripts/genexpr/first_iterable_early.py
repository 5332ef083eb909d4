# The first iterable is evaluated when the generator expression is created; rebinding the name later has no effect.
items = [1, 2, 3]
g = (x * 2 for x in items)
items = [100]
print(list(g))  # expect: [2, 4, 6]
