# Writing a text file with `with`, then reading it back whole.
with open("notes.txt", "w") as f:
    print(f.write("first line\n"), f.write("second line\n"))  # expect: 11 12
    print(f.closed, f.name, f.mode)  # expect: False notes.txt w
print(f.closed)  # expect: True
with open("notes.txt") as f:
    print(repr(f.read()))  # expect: 'first line\nsecond line\n'
