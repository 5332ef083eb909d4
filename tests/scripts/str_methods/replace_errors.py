# replace needs str arguments.
try:
    "abc".replace("a", 1)
except TypeError as e:
    print(e)  # expect: replace() argument 2 must be str, not int
try:
    "abc".replace("a")
except TypeError as e:
    print(e)  # expect: replace expected at least 2 arguments, got 1
