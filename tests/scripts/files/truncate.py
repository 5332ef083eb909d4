# truncate cuts the file at the current position or at a given size.
with open("t.txt", "w+") as f:
    f.write("0123456789")
    f.seek(4)
    print(f.truncate(), f.tell())  # expect: 4 4
    print(f.truncate(2))  # expect: 2
    f.seek(0)
    print(repr(f.read()))  # expect: '01'
