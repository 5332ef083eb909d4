# isspace knows Unicode spaces but not zero-width ones.
for s in [" \t\n\r\x0b\x0c", "\x1c\x1d\x1e\x1f", "\xa0", "\u3000", "\u2028", "\u200b", "", "a "]:
    print(repr(s), s.isspace())
    # expect: ' \t\n\r\x0b\x0c' True
    # expect: '\x1c\x1d\x1e\x1f' True
    # expect: '\xa0' True
    # expect: '\u3000' True
    # expect: '\u2028' True
    # expect: '\u200b' False
    # expect: '' False
    # expect: 'a ' False
