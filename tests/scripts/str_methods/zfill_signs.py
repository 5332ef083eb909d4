# zfill pads with zeros after a leading sign.
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "-".zfill(3), "abc".zfill(2), "".zfill(3), "é".zfill(3))  # expect: 00042 -0042 +0042 -00 abc 000 00é
