# Slicing strings with start, stop and step.
s = "abcdefgh"
print(s[2:5], s[:3], s[5:], s[-3:])  # expect: cde abc fgh fgh
print(s[::2], s[1::2], s[::-1])  # expect: aceg bdfh hgfedcba
print(s[6:2:-1], s[-2:-6:-2])  # expect: gfed ge
print(repr(s[5:2]), s[-100:100])  # expect: '' abcdefgh
