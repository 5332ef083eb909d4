# strip, lstrip and rstrip with the default whitespace and with a set of characters.
s = "  \t padded \n "
print(repr(s.strip()))  # expect: 'padded'
print(repr(s.lstrip()))  # expect: 'padded \n '
print(repr(s.rstrip()))  # expect: '  \t padded'
print("xxhixyx".strip("xy"))  # expect: hi
print("www.example.com".lstrip("w."))  # expect: example.com
print("file.txt...".rstrip("."))  # expect: file.txt
print(repr("   ".strip()), repr("\u3000x\u3000".strip()))  # expect: '' 'x'
