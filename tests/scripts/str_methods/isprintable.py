# isprintable rejects control and format characters but accepts the space.
for s in ["abc", " ", "", "a\tb", "\n", "\x7f", "\xa0", "\xad", "\u200b", "😀", "\U000e0001"]:
    print(ascii(s), s.isprintable())
    # expect: 'abc' True
    # expect: ' ' True
    # expect: '' True
    # expect: 'a\tb' False
    # expect: '\n' False
    # expect: '\x7f' False
    # expect: '\xa0' False
    # expect: '\xad' False
    # expect: '\u200b' False
    # expect: '\U0001f600' True
    # expect: '\U000e0001' False
