# repr escapes control characters and backslashes but keeps printable Unicode.
print(repr("a\nb\tc\\d\re"))  # expect: 'a\nb\tc\\d\re'
print(repr("\x00\x07\x1b\x7f"))  # expect: '\x00\x07\x1b\x7f'
print(repr("é日本😀"))  # expect: 'é日本😀'
print(repr("\u200b\xa0\u2028"))  # expect: '\u200b\xa0\u2028'
print(repr("\U000e0001"))  # expect: '\U000e0001'
