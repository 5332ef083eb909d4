# find-family argument errors use CPython's messages.
try:
    "abc".find()
except TypeError as e:
    print(e)  # expect: find() takes at least 1 argument (0 given)
try:
    "abc".find("a", 1, 2, 3)
except TypeError as e:
    print(e)  # expect: find() takes at most 3 arguments (4 given)
try:
    "abc".find(1)
except TypeError as e:
    print(e)  # expect: must be str, not int
try:
    "abc".find("a", "x")
except TypeError as e:
    print(e)  # expect: slice indices must be integers or None or have an __index__ method
try:
    "abc".rindex("z")
except ValueError as e:
    print(e)  # expect: substring not found
