# !r, !s and !a convert before formatting.
print("{!r} {!s} {!a}".format("é", "é", "é"))  # expect: 'é' é '\xe9'
print("{0!r:>8}|{0!s:<8}|".format("x"))  # expect:      'x'|x       |
print("{!a}".format(["ü", 1]), "{!r}".format(None))  # expect: ['\xfc', 1] None
