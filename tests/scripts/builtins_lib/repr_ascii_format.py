# repr, ascii and format of built-in values.
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\x00\t\n\\"), repr("é😀\u200b"))  # expect: "it's" 'say "hi"' 'both \' "' '\x00\t\n\\' 'é😀\u200b'
print(ascii("héllo\u2028"), ascii([1, "é"]), ascii(b"\xff"), ascii(1.5))  # expect: 'h\xe9llo\u2028' [1, '\xe9'] b'\xff' 1.5
print(format(255, "#010b"), format(3.14159, ".2f"), format("ab", "<4") + "|", format(1e10, "g"), format(12345678, ",d"))
# expect: 0b11111111 3.14 ab  | 1e+10 12,345,678
