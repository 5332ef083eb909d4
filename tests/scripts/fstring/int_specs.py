# Integer presentation types: binary, octal, hex, with # prefixes and zero padding.
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:d}")  # expect: 11111111 377 ff FF 255
print(f"{n:#b} {n:#o} {n:#x} {n:#X}")  # expect: 0b11111111 0o377 0xff 0XFF
print(f"{5:08b} {5:#010b}")  # expect: 00000101 0b00000101
print(f"{65:c} {n:+d} {-n:x}")  # expect: A +255 -ff
print(f"{n:.2f} {n:e}")  # expect: 255.00 2.550000e+02
