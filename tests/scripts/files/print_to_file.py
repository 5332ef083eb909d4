# print(..., file=f) writes to the file with sep and end.
with open("out.txt", "w") as f:
    print("a", 1, [2], file=f)
    print("x", "y", sep="-", end="!\n", file=f)
    print(file=f)
with open("out.txt") as f:
    print(repr(f.read()))  # expect: 'a 1 [2]\nx-y!\n\n'
