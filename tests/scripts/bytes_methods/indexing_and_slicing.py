# Indexing gives ints; slicing gives bytes.
b = b"abcdef"
print(b[0], b[-1], b[1:3], b[::2], b[::-1], b[10:], len(b), b[:0])  # expect: 97 102 b'bc' b'ace' b'fedcba' b'' 6 b''
for bad in [10, "x"]:
    try:
        b[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
        # expect: IndexError index out of range
        # expect: TypeError byte indices must be integers or slices, not str
