# Items are assigned ints in range(256) and deleted with del.
ba = bytearray(b"abcdef")
ba[0] = 120
ba[-1] = ord("Z")
del ba[1]
print(ba)  # expect: bytearray(b'xcdeZ')
for index, value in [(0, 256), (0, "a"), (10, 1), ("x", 1)]:
    try:
        ba[index] = value
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
        # expect: ValueError byte must be in range(0, 256)
        # expect: TypeError 'str' object cannot be interpreted as an integer
        # expect: IndexError bytearray index out of range
        # expect: TypeError bytearray indices must be integers or slices, not str
try:
    del ba[10]
except IndexError as e:
    print(e)  # expect: bytearray index out of range
