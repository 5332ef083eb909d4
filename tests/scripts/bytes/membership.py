# in accepts either a byte value (int) or a bytes subsequence.
b = b"ABC"
print(65 in b, 66 not in b, b"BC" in b, b"" in b, b"CA" in b)  # expect: True False True True False
