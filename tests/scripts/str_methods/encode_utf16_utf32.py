# UTF-16 and UTF-32 encodings, with and without a byte order mark.
print("hé".encode("utf-16"), "hé".encode("utf-16-le"), "hé".encode("utf-16-be"))  # expect: b'\xff\xfeh\x00\xe9\x00' b'h\x00\xe9\x00' b'\x00h\x00\xe9'
print("😀".encode("utf-16-le"), "a".encode("utf-32-be"), len("ab".encode("utf-32")))  # expect: b'=\xd8\x00\xde' b'\x00\x00\x00a' 12
print("é".encode("utf-8-sig"))  # expect: b'\xef\xbb\xbf\xc3\xa9'
