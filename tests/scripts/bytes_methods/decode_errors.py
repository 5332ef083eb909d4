# decode's error handlers and its messages for bad UTF-8.
data = b"caf\xc3\xa9 \xff!"
for errors in ["replace", "ignore", "backslashreplace"]:
    print(errors, repr(data.decode("utf-8", errors)))
    # expect: replace 'café �!'
    # expect: ignore 'café !'
    # expect: backslashreplace 'café \\xff!'
for bad in [b"\xff", b"a\xe2\x82", b"\xe2\x28\xa1", b"\xed\xa0\x80", b"\xc0\x80"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(e)
        # expect: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
        # expect: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data
        # expect: 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte
        # expect: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
        # expect: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e)  # expect: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)
print(b"\xe9".decode("latin-1"), b"\xff\xfeh\x00".decode("utf-16"), b"\x00h".decode("utf-16-be"))  # expect: é h h
