# bytes() from a size, a list of ints, a string with an encoding, and str.encode.
print(bytes(3), bytes([72, 105]), bytes())  # expect: b'\x00\x00\x00' b'Hi' b''
print(bytes("héllo", "utf-8"))  # expect: b'h\xc3\xa9llo'
print("héllo".encode(), "abc".encode("ascii"))  # expect: b'h\xc3\xa9llo' b'abc'
print(bytes(range(65, 70)), bytes(b"copy"))  # expect: b'ABCDE' b'copy'
