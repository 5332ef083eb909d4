# The capital I with dot above lowers to two code points.
s = "İstanbul".lower()
print(s, len(s), len("İstanbul"))  # expect: i̇stanbul 9 8
print([hex(ord(c)) for c in s[:2]])  # expect: ['0x69', '0x307']
