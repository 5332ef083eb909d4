# partition and rpartition.
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))  # expect: (b'a', b'=', b'b=c') (b'a=b', b'=', b'c') (b'abc', b'', b'') (b'', b'', b'abc')
try:
    b"abc".partition(b"")
except ValueError as e:
    print(e)  # expect: empty separator
