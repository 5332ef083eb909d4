# to_bytes and from_bytes in both byte orders, signed or not.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))  # expect: b'\x04\x00' b'\x00\x04' b'\x00\x00\x04\x00'
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (10).to_bytes(2))  # expect: b'\xff\xff' b'\x7f\xff' b'\x00\n'
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))  # expect: 1024 4 -2
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00")), int.from_bytes(b"", "big"))  # expect: 66051 256 0
big = 2**100 + 12345
print(int.from_bytes(big.to_bytes(13, "little"), "little") == big)  # expect: True
