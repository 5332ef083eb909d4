# translate with a 256-byte table and deletion.
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(table), b"abcdef".translate(None, b"bdf"), b"abc".translate(table, delete=b"a"))  # expect: b'xxyyzz' b'ace' b'yz'
for call in [lambda: b"a".translate(b"x"), lambda: bytes.maketrans(b"ab", b"c")]:
    try:
        call()
    except ValueError as e:
        print(e)
        # expect: translation table must be 256 characters long
        # expect: maketrans arguments must have same length
