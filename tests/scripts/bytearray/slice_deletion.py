# del with plain and extended slices.
ba = bytearray(b"0123456789")
del ba[::3]
print(ba)  # expect: bytearray(b'124578')
del ba[::-2]
print(ba)  # expect: bytearray(b'147')
del ba[1:3]
print(ba)  # expect: bytearray(b'1')
del ba[:]
print(ba)  # expect: bytearray(b'')
