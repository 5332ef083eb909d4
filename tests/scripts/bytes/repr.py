# bytes repr shows printable ASCII as is and everything else as escapes.
print(repr(b"\x00\x7f\x80\xff"))  # expect: b'\x00\x7f\x80\xff'
print(b"tab\there\r\n")  # expect: b'tab\there\r\n'
print(b"quote'", b'both\'"', b"back\\slash")  # expect: b"quote'" b'both\'"' b'back\\slash'
print(str(b"x"))  # expect: b'x'
