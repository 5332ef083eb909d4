# bytes support % formatting too, with %b and %s taking bytes.
print(b"%s=%d (%x)" % (b"k", 10, 255))  # expect: b'k=10 (ff)'
print(b"%b|%5s|%-5s|" % (b"x", b"ab", b"cd"), b"%c%c" % (65, b"B"), b"%r" % b"q", b"%a" % "é")  # expect: b'x|   ab|cd   |' b'AB' b"b'q'" b"'\\xe9'"
print(bytearray(b"%d%%") % 5)  # expect: bytearray(b'5%')
try:
    b"%s" % "text"
except TypeError as e:
    print(e)  # expect: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
