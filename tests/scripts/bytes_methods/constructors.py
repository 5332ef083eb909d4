# bytes() from a length, an iterable of ints, a str with an encoding, or a buffer.
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes("abc", encoding="ascii"), bytes(b"x"), bytes())  # expect: b'\x00\x00\x00' b'AB' b'\xc3\xa9' b'abc' b'x' b''
print(bytes(range(3)), bytes(bytearray(b"q")), bytes((1, 2)), bytes(iter([3])), bytes("é", "latin-1"))  # expect: b'\x00\x01\x02' b'q' b'\x01\x02' b'\x03' b'\xe9'
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()))  # expect: b'custom'
