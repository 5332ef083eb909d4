# chr, ord and the base conversions.
print(chr(65), chr(0x1F600), repr(chr(0)), ord("A"), ord("é"), ord("😀"))  # expect: A 😀 '\x00' 65 233 128512
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2**70))  # expect: 0xff -0xff 0x0 0o10 -0o10 0b101 -0b101 0b0 0x400000000000000000
for call in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: hex(1.5), lambda: chr("a")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
        # expect: ValueError chr() arg not in range(0x110000)
        # expect: ValueError chr() arg not in range(0x110000)
        # expect: TypeError ord() expected a character, but string of length 2 found
        # expect: TypeError ord() expected a character, but string of length 0 found
        # expect: TypeError 'float' object cannot be interpreted as an integer
        # expect: TypeError 'str' object cannot be interpreted as an integer
