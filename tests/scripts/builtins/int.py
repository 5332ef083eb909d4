# int() from strings, floats, bools and with explicit bases.
print(int("42"), int(" -7 "), int("+3"), int("1_000"))  # expect: 42 -7 3 1000
print(int("ff", 16), int("FF", 16), int("0x1f", 16), int("777", 8), int("101", 2))  # expect: 255 255 31 511 5
print(int("0b101", 0), int("0o17", 0), int("0x10", 0), int("10", 0))  # expect: 5 15 16 10
print(int("z", 36), int(3.9), int(-2.5), int(True), int())  # expect: 35 3 -2 1 0
print(int("123456789012345678901234567890"))  # expect: 123456789012345678901234567890
