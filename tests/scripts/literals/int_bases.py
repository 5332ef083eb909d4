# Integer literals in hexadecimal, octal and binary, with either case of prefix.
print(0x1F, 0XFF, 0xdeadBEEF)  # expect: 31 255 3735928559
print(0o17, 0O777)  # expect: 15 511
print(0b1010, 0B11111111)  # expect: 10 255
print(0, 00, 0x0)  # expect: 0 0 0
