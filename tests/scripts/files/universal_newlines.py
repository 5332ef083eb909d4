# Text mode turns \r\n and \r into \n when reading, unless newline says otherwise.
with open("nl.txt", "wb") as f:
    f.write(b"a\nb\r\nc\rd")
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open("nl.txt", newline=newline) as f:
        print(repr(newline), f.readlines())
        # expect: None ['a\n', 'b\n', 'c\n', 'd']
        # expect: '' ['a\n', 'b\r\n', 'c\r', 'd']
        # expect: '\n' ['a\n', 'b\r\n', 'c\rd']
        # expect: '\r' ['a\nb\r', '\nc\r', 'd']
        # expect: '\r\n' ['a\nb\r\n', 'c\rd']
with open("nl.txt") as f:
    print(repr(f.read()))  # expect: 'a\nb\nc\nd'
