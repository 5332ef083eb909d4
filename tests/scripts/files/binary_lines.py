# Binary files split lines at b'\n' only.
with open("b.bin", "wb") as f:
    f.write(b"a\nb\r\nc\rd")
with open("b.bin", "rb") as f:
    print(f.readline(), f.readlines())  # expect: b'a\n' [b'b\r\n', b'c\rd']
with open("b.bin", "rb") as f:
    print(list(f))  # expect: [b'a\n', b'b\r\n', b'c\rd']
