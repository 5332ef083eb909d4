# Closed binary files name the operation in their messages.
f = open("c.bin", "wb")
f.close()
g = open("c.bin", "rb")
g.close()
for call in [lambda: f.write(b"x"), lambda: g.read(), lambda: g.readline(), lambda: g.seek(0), lambda: g.tell(), lambda: next(g)]:
    try:
        call()
    except ValueError as e:
        print(e)
        # expect: write to closed file
        # expect: read of closed file
        # expect: readline of closed file
        # expect: seek of closed file
        # expect: I/O operation on closed file
        # expect: readline of closed file
