# Bytes literals and their repr.
b = b"abc"
print(b)  # expect: b'abc'
print(type(b))  # expect: <class 'bytes'>
print(B'xyz', b"")  # expect: b'xyz' b''
print(b"\x00\xff\n\t")  # expect: b'\x00\xff\n\t'
print(b"it's")  # expect: b"it's"
print(len(b"\x01\x02\x03"))  # expect: 3
