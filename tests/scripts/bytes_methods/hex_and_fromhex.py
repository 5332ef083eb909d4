# hex() with separators; fromhex skips whitespace.
b = bytes(range(1, 6))
print(b.hex(), b.hex(":"), b.hex(":", 2), b.hex("-", -2), b.hex(b"_"), repr(b"".hex()))  # expect: 0102030405 01:02:03:04:05 01:0203:0405 0102-0304-05 01_02_03_04_05 ''
print(bytes.fromhex("de ad be ef"), bytes.fromhex("0A0b"), bytearray.fromhex("ff 00"))  # expect: b'\xde\xad\xbe\xef' b'\n\x0b' bytearray(b'\xff\x00')
for bad in ["0g", "a", "zz"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(e)
        # expect: non-hexadecimal number found in fromhex() arg at position 1
        # expect: non-hexadecimal number found in fromhex() arg at position 1
        # expect: non-hexadecimal number found in fromhex() arg at position 0
