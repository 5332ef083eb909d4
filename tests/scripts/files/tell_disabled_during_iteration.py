# A text file's tell() is disabled while it is used as an iterator.
with open("t.txt", "w") as f:
    f.write("a\nb\n")
with open("t.txt") as f:
    print(next(f), end="")  # expect: a
    try:
        f.tell()
    except OSError as e:
        print(e)  # expect: telling position disabled by next() call
    print(list(f), f.tell())  # expect: ['b\n'] 4
