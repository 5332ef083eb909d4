# split with an empty separator is a ValueError; a non-str separator a TypeError.
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: empty separator
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: must be str or None, not int
try:
    "abc".split(",", 1, 2)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: split() takes at most 2 arguments (3 given)
