# bytes repr picks its quotes like str and escapes non-printable bytes.
print(b"abc", b"a\x00\xff", b"'", b'"', b"'\"", b"\n\t\r\\", b"\x7f\x80", bytes(range(30, 34)))  # expect: b'abc' b'a\x00\xff' b"'" b'"' b'\'"' b'\n\t\r\\' b'\x7f\x80' b'\x1e\x1f !'
print(repr(bytearray(b"ab")), repr(bytearray()), str(b"x"), ascii(b"\xe9"))  # expect: bytearray(b'ab') bytearray(b'') b'x' b'\xe9'
