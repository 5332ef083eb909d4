# Case methods only change ASCII letters.
b = b"hello World \xe9"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())  # expect: b'HELLO WORLD \xe9' b'hello world \xe9' b'HELLO wORLD \xe9' b'Hello World \xe9' b'Hello world \xe9'
print(b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"ab1".isalnum(), b"ab".isalpha(), b"12".isdigit())  # expect: True True True True True True
print(b" \t".isspace(), b"".isalpha(), b"\x80".isascii(), b"".isascii())  # expect: True False False True
