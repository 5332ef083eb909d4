# Concatenation, repetition and comparison of bytes.
print(b"ab" + b"cd", b"-" * 3)  # expect: b'abcd' b'---'
print(b"abc" < b"abd", b"a" == b"a", b"a" == "a")  # expect: True True False
