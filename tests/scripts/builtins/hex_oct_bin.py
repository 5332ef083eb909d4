# hex, oct and bin, for positive, negative and big ints.
print(hex(255), oct(8), bin(5))  # expect: 0xff 0o10 0b101
print(hex(-255), oct(-8), bin(-5), hex(0))  # expect: -0xff -0o10 -0b101 0x0
print(hex(2 ** 64), bin(2 ** 10))  # expect: 0x10000000000000000 0b10000000000
