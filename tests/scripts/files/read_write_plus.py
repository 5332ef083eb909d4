# r+ and w+ read and write the same file through one position.
with open("rw.txt", "w+") as f:
    f.write("hello\nworld\n")
    f.seek(0)
    print(repr(f.read()))  # expect: 'hello\nworld\n'
    f.seek(0)
    f.write("J")
    f.seek(0)
    print(repr(f.readline()))  # expect: 'Jello\n'
with open("rw.txt", "r+") as f:
    print(repr(f.read(5)))  # expect: 'Jello'
    f.write("!")
    f.seek(0)
    print(repr(f.read()))  # expect: 'Jello\nworld\n!'
