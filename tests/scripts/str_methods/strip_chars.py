# strip, lstrip and rstrip remove any of the given characters from the ends.
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("xy"), "xxhixyx".rstrip("xy"))  # expect: hi hixyx xxhi
print(repr("  \t hi \n ".strip()), repr("\u3000hi\xa0".strip()))  # expect: 'hi' 'hi'
print("éaé".strip("é"), "abc".strip(""), "aaa".strip("a") == "")  # expect: a abc True
try:
    "abc".strip(1)
except TypeError as e:
    print(e)  # expect: strip arg must be None or str
