# Format specs can contain nested replacement fields.
print("[{:{}}]".format("x", 5), "[{:>{w}}]".format("x", w=4))  # expect: [x    ] [   x]
print("{:{}.{}f}".format(3.14159, 8, 3), "{0:{1}{2}}|".format(42, "<", 6))  # expect:    3.142 42    |
print("{:{fill}^{width}}".format("mid", fill="*", width=9))  # expect: ***mid***
print("{:.{prec}}".format(1 / 3, prec=4), "{0:{1}}".format("ab", 4) + "|")  # expect: 0.3333 ab  |
