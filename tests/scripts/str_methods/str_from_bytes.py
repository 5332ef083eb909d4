# str(bytes, encoding, errors) decodes; str(bytes) alone gives the repr.
b = "café".encode()
print(str(b), str(b, "utf-8"), str(b, encoding="latin-1"), str(b"\xff", "utf-8", "replace"))  # expect: b'caf\xc3\xa9' café cafÃ© �
print(str(bytearray(b"xy"), "ascii"))  # expect: xy
try:
    str("abc", "utf-8")
except TypeError as e:
    print(e)  # expect: decoding str is not supported
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)  # expect: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
