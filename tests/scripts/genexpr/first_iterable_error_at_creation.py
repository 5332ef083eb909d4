# Errors in the first iterable happen at creation; errors in the element happen when iterating.
try:
    g = (x for x in 42)
except TypeError as e:
    print("at creation:", e)  # expect: at creation: 'int' object is not iterable
g = (1 / x for x in [1, 0])
print(next(g))  # expect: 1.0
try:
    next(g)
except ZeroDivisionError as e:
    print("while iterating:", e)  # expect: while iterating: division by zero
