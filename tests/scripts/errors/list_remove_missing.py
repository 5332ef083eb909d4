# Uncaught: list.remove of a value not in the list.
[1, 2].remove(3)
# expect error: ValueError: list.remove(x): x not in list
