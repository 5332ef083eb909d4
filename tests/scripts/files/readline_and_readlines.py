# readline keeps the newline; readlines returns them all; readline(n) stops early.
with open("lines.txt", "w") as f:
    f.writelines(["alpha\n", "beta\n", "gamma"])
with open("lines.txt") as f:
    print(repr(f.readline()), repr(f.readline(2)), repr(f.readline()), repr(f.readline()), repr(f.readline()))  # expect: 'alpha\n' 'be' 'ta\n' 'gamma' ''
with open("lines.txt") as f:
    print(f.readlines())  # expect: ['alpha\n', 'beta\n', 'gamma']
with open("lines.txt") as f:
    print(f.readlines(7))  # expect: ['alpha\n', 'beta\n']
