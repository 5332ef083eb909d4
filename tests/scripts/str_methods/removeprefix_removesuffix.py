# removeprefix and removesuffix remove one exact affix, if present.
print("test_case.py".removeprefix("test_"), "test_case.py".removesuffix(".py"))  # expect: case.py test_case
print("aaa".removeprefix("a"), "x".removeprefix(""), "x".removesuffix("y"), "éa".removeprefix("é"))  # expect: aa x x a
try:
    "x".removeprefix(1)
except TypeError as e:
    print(e)  # expect: removeprefix() argument must be str, not int
