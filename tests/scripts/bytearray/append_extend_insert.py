# bytearray grows with append, extend and insert.
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(bytearray(b"!"))
ba.insert(0, 65)
ba.insert(-1, 66)
ba.insert(100, 67)
print(ba, len(ba))  # expect: bytearray(b'AabcdefghB!C') 12
