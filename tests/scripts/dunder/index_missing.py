# Indexing a list with an object lacking __index__ raises TypeError.
class A:
    pass


[1, 2][A()]

# expect error: TypeError: list indices must be integers or slices, not A
