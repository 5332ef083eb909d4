# Uncaught: list.index of a value not in the list.
[1, 2].index(3)
# expect error: ValueError: 3 is not in list
