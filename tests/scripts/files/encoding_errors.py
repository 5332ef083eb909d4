# Undecodable or unencodable text raises unless errors= says otherwise.
with open("bad.txt", "wb") as f:
    f.write(b"ok\xffno")
try:
    open("bad.txt").read()
except UnicodeDecodeError as e:
    print(e)  # expect: 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte
print(repr(open("bad.txt", errors="replace").read()), repr(open("bad.txt", errors="ignore").read()))  # expect: 'ok�no' 'okno'
try:
    with open("a.txt", "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print(e)  # expect: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
with open("a.txt", "w", encoding="ascii", errors="replace") as f:
    f.write("é!")
print(open("a.txt").read())  # expect: ?!
