# isascii is true for the empty string and for code points below 128.
print("".isascii(), "abc\x7f".isascii(), "é".isascii(), "a😀".isascii())  # expect: True True False False
