# Binary files seek relative to the start, the current position or the end.
with open("d.bin", "wb") as f:
    f.write(bytes(range(10)))
with open("d.bin", "rb") as f:
    print(f.seek(3), f.read(2), f.seek(2, 1), f.read(1), f.seek(-3, 2), f.read(), f.tell())  # expect: 3 b'\x03\x04' 7 b'\x07' 7 b'\x07\x08\t' 10
    try:
        f.seek(-100, 1)
    except OSError as e:
        print(type(e).__name__, e)  # expect: OSError [Errno 22] Invalid argument
