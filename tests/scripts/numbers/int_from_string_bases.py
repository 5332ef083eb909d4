# int(str, base) parses prefixes, underscores and any base from 2 to 36.
print(int("ff", 16), int("0xff", 16), int("0o17", 0), int("0b101", 0), int("z", 36), int("Z", 36))  # expect: 255 255 15 5 35 35
print(int("1_000"), int("  -42  "), int("+7"), int("0x_1f", 16), int("10", base=2), int("٣٤"))  # expect: 1000 -42 7 31 2 34
print(int(3.99), int(-3.99), int(True), int("0", 0), int("00", 0))  # expect: 3 -3 1 0 0
