# Converting big integers to and from strings.
n = int("-123456789012345678901234567890")
print(n)  # expect: -123456789012345678901234567890
print(n * -1 + 1)  # expect: 123456789012345678901234567891
print(str(2 ** 128))  # expect: 340282366920938463463374607431768211456
print(hex(2 ** 70), bin(2 ** 65)[:6])  # expect: 0x400000000000000000 0b1000
print(int("1" * 25) % 97)  # expect: 94
