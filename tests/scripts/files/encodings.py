# The codec given to open() is used for reading and writing.
with open("l1.txt", "w", encoding="latin-1") as f:
    print(f.write("café"), f.encoding)  # expect: 4 latin-1
with open("l1.txt", "rb") as f:
    print(f.read())  # expect: b'caf\xe9'
with open("l1.txt", encoding="latin-1") as f:
    print(f.read())  # expect: café
with open("u16.txt", "w", encoding="utf-16") as f:
    f.write("hé\n")
    f.write("x\n")
with open("u16.txt", "rb") as f:
    print(f.read())  # expect: b'\xff\xfeh\x00\xe9\x00\n\x00x\x00\n\x00'
with open("u16.txt", encoding="utf-16") as f:
    print(f.readlines())  # expect: ['hé\n', 'x\n']
