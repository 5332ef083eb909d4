# Query methods of an open file.
with open("t.txt", "w") as f:
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() > 2, f.encoding, f.errors)  # expect: False True True False True UTF-8 strict
with open("t.txt", "rb") as f:
    print(f.readable(), f.writable(), f.seekable(), f.closed, f.name)  # expect: True False True False t.txt
