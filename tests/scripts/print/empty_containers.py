# Empty containers have distinctive reprs.
print([], (), {}, set(), frozenset(), "", b"", bytearray())  # expect: [] () {} set() frozenset()  b'' bytearray(b'')
print(repr(""), str(()), [()], ((),))  # expect: '' () [()] ((),)
