# The loop variable of a generator expression is local to it.
x = "outer"
total = sum(x for x in range(5))
print(total, x)  # expect: 10 outer
try:
    print(list(y for y in range(2)), y)
except NameError as e:
    print(e)  # expect: name 'y' is not defined
