# decode turns bytes back into str.
b = b"h\xc3\xa9llo"
print(b.decode(), b.decode("utf-8"), len(b), len(b.decode()))  # expect: héllo héllo 6 5
print(b"abc".decode("ascii"))  # expect: abc
