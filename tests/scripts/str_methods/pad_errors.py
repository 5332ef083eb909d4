# The fill character must be exactly one character.
try:
    "a".center(5, "ab")
except TypeError as e:
    print(e)  # expect: The fill character must be exactly one character long
try:
    "a".ljust(5, 1)
except TypeError as e:
    print(e)  # expect: The fill character must be a unicode character, not int
try:
    "a".rjust()
except TypeError as e:
    print(e)  # expect: rjust expected at least 1 argument, got 0
