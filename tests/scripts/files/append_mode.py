# Mode 'a' adds to the end; tell() starts at the current size.
with open("log.txt", "w") as f:
    f.write("one\n")
with open("log.txt", "a") as f:
    print(f.tell())  # expect: 4
    f.write("two\n")
    print(f.tell())  # expect: 8
with open("log.txt") as f:
    print(repr(f.read()))  # expect: 'one\ntwo\n'
