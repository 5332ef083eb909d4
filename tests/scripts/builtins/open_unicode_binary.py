# Text files are UTF-8; binary mode reads and writes bytes.
f = open("u.txt", "w", encoding="utf-8")
f.write("héllo 😀\n")
f.close()
f = open("u.txt", "rb")
raw = f.read()
f.close()
print(raw, len(raw))  # expect: b'h\xc3\xa9llo \xf0\x9f\x98\x80\n' 12
f = open("b.bin", "wb")
f.write(bytes([0, 255, 10]))
f.close()
f = open("b.bin", "rb")
print(list(f.read()))  # expect: [0, 255, 10]
f.close()
f = open("u.txt", encoding="utf-8")
print(f.read().strip())  # expect: héllo 😀
f.close()
