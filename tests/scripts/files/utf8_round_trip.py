# UTF-8 text of every width survives a round trip; lengths count characters.
text = "ascii é ü 日本語 ✓ 😀\n"
with open("u.txt", "w", encoding="utf-8") as f:
    print(f.write(text))  # expect: 18
with open("u.txt", encoding="utf-8") as f:
    s = f.read()
print(s == text, len(s), s, end="")  # expect: True 18 ascii é ü 日本語 ✓ 😀
with open("u.txt", "rb") as f:
    print(len(f.read()))  # expect: 31
with open("u.txt") as f:
    print(repr(f.read(9)), f.tell())  # expect: 'ascii é ü' 11
