# center, ljust, rjust, zfill and expandtabs.
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"42".zfill(5), b"-42".zfill(5))  # expect: b'**ab**' b'ab  ' b'00ab' b'00042' b'-0042'
print(b"a\tbc\td".expandtabs(4), b"abc".center(2))  # expect: b'a   bc  d' b'abc'
try:
    b"a".center(5, b"ab")
except TypeError as e:
    print(e)  # expect: center() argument 2 must be a byte string of length 1, not bytes
