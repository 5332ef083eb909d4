# print's sep and end arguments.
print(1, 2, 3, sep=", ")  # expect: 1, 2, 3
print("a", "b", sep="")  # expect: ab
print("no newline", end="|")
print("next", end="!\n")  # expect: no newline|next!
print(*[1, 2], sep="-", end=".\n")  # expect: 1-2.
print()  # expect:
print(None, True, [None], sep=None, end=None)  # expect: None True [None]
