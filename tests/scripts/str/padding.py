# center, ljust, rjust and zfill pad to a width, optionally with a fill character.
print("[" + "ab".center(6) + "]")  # expect: [  ab  ]
print("[" + "abc".center(6, "*") + "]")  # expect: [*abc**]
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]")  # expect: [ab   ] [...ab]
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4))  # expect: 00042 -0042 +007
print("toolong".center(3), "x".ljust(0))  # expect: toolong x
