# translate checks what the table returns.
try:
    "abc".translate({97: 1.5})
except TypeError as e:
    print(e)  # expect: character mapping must return integer, None or str
try:
    "abc".translate({97: 0x110000})
except ValueError as e:
    print(e)  # expect: character mapping must be in range(0x110000)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)  # expect: the first two maketrans arguments must have equal length
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print(e)  # expect: string keys in translate table must be of length 1
try:
    str.maketrans(1)
except TypeError as e:
    print(e)  # expect: if you give only one argument to maketrans it must be a dict
