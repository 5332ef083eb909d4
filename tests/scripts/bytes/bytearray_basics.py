# bytearray is a mutable bytes sequence.
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba))  # expect: bytearray(b'Abcdef') 6
print(ba[1], ba[1:3])  # expect: 98 bytearray(b'bc')
print(bytes(ba), bytearray(2), bytearray())  # expect: b'Abcdef' bytearray(b'\x00\x00') bytearray(b'')
ba[1:3] = b"XYZ"
del ba[0]
print(ba)  # expect: bytearray(b'XYZdef')
print(ba == b"XYZdef", ba.decode())  # expect: True XYZdef
