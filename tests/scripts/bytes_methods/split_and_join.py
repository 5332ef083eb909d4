# split, rsplit, splitlines and join.
print(b"a,b,,c".split(b","), b" a  b ".split(), b"a b c".split(None, 1), b"a b c".rsplit(None, 1), b"a,b,c".rsplit(b",", 1))  # expect: [b'a', b'b', b'', b'c'] [b'a', b'b'] [b'a', b'b c'] [b'a b', b'c'] [b'a,b', b'c']
print(b"x\ny\r\nz".splitlines(), b"x\ny\n".splitlines(True), b"-".join([b"a", bytearray(b"b"), b"c"]))  # expect: [b'x', b'y', b'z'] [b'x\n', b'y\n'] b'a-b-c'
for call in [lambda: b"x".join(["a"]), lambda: b"a".split(b""), lambda: b"a".split("a")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
        # expect: TypeError sequence item 0: expected a bytes-like object, str found
        # expect: ValueError empty separator
        # expect: TypeError a bytes-like object is required, not 'str'
