# newline= on writing translates '\n' to '\r' or '\r\n'.
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open("w.txt", "w", newline=newline) as f:
        f.write("a\nb\n")
    with open("w.txt", "rb") as f:
        print(repr(newline), f.read())
        # expect: None b'a\nb\n'
        # expect: '' b'a\nb\n'
        # expect: '\n' b'a\nb\n'
        # expect: '\r' b'a\rb\r'
        # expect: '\r\n' b'a\r\nb\r\n'
