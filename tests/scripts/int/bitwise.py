# Bitwise and, or, xor, invert and shifts, including negative numbers.
print(12 & 10, 12 | 10, 12 ^ 10)  # expect: 8 14 6
print(~0, ~5, ~-1)  # expect: -1 -6 0
print(1 << 4, 256 >> 3, -16 >> 2, -1 >> 5)  # expect: 16 32 -4 -1
print(-12 & 10, -12 | 10, -12 ^ 10)  # expect: 0 -2 -2
print(5 & -1, 0xF0 | 0x0F)  # expect: 5 255
