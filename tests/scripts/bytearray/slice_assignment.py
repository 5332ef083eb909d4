# Slice assignment can change the length; extended slices must match.
ba = bytearray(b"0123456789")
ba[1:3] = b"XYZ"
print(ba)  # expect: bytearray(b'0XYZ3456789')
ba[::2] = b"abcdef"
print(ba)  # expect: bytearray(b'aXbZc4d6e8f')
ba[2:5] = [65, 66]
ba[:0] = bytearray(b">>")
ba[len(ba):] = b"<<"
print(ba)  # expect: bytearray(b'>>aXAB4d6e8f<<')
try:
    ba[::3] = b"xy"
except ValueError as e:
    print(e)  # expect: attempt to assign bytes of size 2 to extended slice of size 5
for bad in [5, "xy"]:
    try:
        ba[0:1] = bad
    except TypeError as e:
        print(e)
        # expect: can assign only bytes, buffers, or iterables of ints in range(0, 256)
        # expect: can assign only bytes, buffers, or iterables of ints in range(0, 256)
