# Operations on a closed file raise ValueError; closing twice is harmless.
f = open("c.txt", "w")
f.close()
f.close()
for call in [lambda: f.write("x"), lambda: f.read(), lambda: f.readline(), lambda: f.tell(), lambda: f.flush(),
             lambda: f.seek(0), lambda: f.fileno(), lambda: iter(f), lambda: next(f)]:
    try:
        call()
    except ValueError as e:
        print(e)
        # expect: I/O operation on closed file.
        # expect: I/O operation on closed file.
        # expect: I/O operation on closed file.
        # expect: I/O operation on closed file.
        # expect: I/O operation on closed file.
        # expect: I/O operation on closed file.
        # expect: I/O operation on closed file
        # expect: I/O operation on closed file.
        # expect: I/O operation on closed file.
print(f.closed)  # expect: True
