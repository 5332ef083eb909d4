# Binary files read and write bytes.
with open("data.bin", "wb") as f:
    print(f.write(b"\x00\x01\xff"), f.write(bytearray(b"AB")), f.mode)  # expect: 3 2 wb
with open("data.bin", "rb") as f:
    print(f.read(2), f.tell(), f.read(), f.read(), f.mode)  # expect: b'\x00\x01' 2 b'\xffAB' b'' rb
with open("data.bin", "ab") as f:
    f.write(b"zz")
with open("data.bin", "rb") as f:
    print(f.read(), list(open("data.bin", "rb").read()[:3]))  # expect: b'\x00\x01\xffABzz' [0, 1, 255]
