# pop, remove, clear, copy and reverse.
ba = bytearray(b"hello")
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)  # expect: 111 104 108 bytearray(b'el')
ba.remove(108)
print(ba)  # expect: bytearray(b'e')
c = ba.copy()
ba.reverse()
print(ba, c, c is ba)  # expect: bytearray(b'e') bytearray(b'e') False
ba.clear()
print(ba, len(ba))  # expect: bytearray(b'') 0
