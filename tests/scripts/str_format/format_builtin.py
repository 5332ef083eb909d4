# format(value, spec) calls __format__; an empty spec is str().
print(format(3.14159, ".2f"), format(255, "#x"), format("ab", "^6") + "|", format(12))
# expect: 3.14 0xff   ab  | 12
print(format([1, 2]), format(None), format(1e100, ".3"))  # expect: [1, 2] None 1e+100
try:
    format(None, "x")
except TypeError as e:
    print(e)  # expect: unsupported format string passed to NoneType.__format__
try:
    format([1], "5")
except TypeError as e:
    print(e)  # expect: unsupported format string passed to list.__format__
