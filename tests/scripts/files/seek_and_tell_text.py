# tell() gives the byte position in a text file; seek() goes back to one.
with open("t.txt", "w") as f:
    f.write("héllo\nworld\n")
with open("t.txt") as f:
    print(repr(f.read(2)), f.tell(), repr(f.readline()), f.tell())  # expect: 'hé' 3 'llo\n' 7
    pos = f.tell()
    print(repr(f.read()), f.tell(), f.seek(pos), repr(f.read(3)), f.seek(0, 2), f.seek(0))  # expect: 'world\n' 13 7 'wor' 13 0
    for call in [lambda: f.seek(2, 1), lambda: f.seek(-1, 2), lambda: f.seek(-1), lambda: f.seek(0, 5)]:
        try:
            call()
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
            # expect: UnsupportedOperation can't do nonzero cur-relative seeks
            # expect: UnsupportedOperation can't do nonzero end-relative seeks
            # expect: ValueError negative seek position -1
            # expect: ValueError invalid whence (5, should be 0, 1 or 2)
