# partition splits at the first separator, rpartition at the last.
print("key=value=x".partition("="), "key=value=x".rpartition("="))  # expect: ('key', '=', 'value=x') ('key=value', '=', 'x')
print("abc".partition("-"), "abc".rpartition("-"))  # expect: ('abc', '', '') ('', '', 'abc')
print("ééxéé".partition("x"))  # expect: ('éé', 'x', 'éé')
try:
    "abc".partition("")
except ValueError as e:
    print(e)  # expect: empty separator
try:
    "abc".partition(None)
except TypeError as e:
    print(e)  # expect: must be str, not NoneType
