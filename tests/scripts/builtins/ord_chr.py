# ord and chr convert between characters and code points.
print(ord("A"), ord("a"), ord("é"), ord("😀"))  # expect: 65 97 233 128512
print(chr(65), chr(0x263A), chr(128512), chr(ord("a") + 1))  # expect: A ☺ 😀 b
print(repr(chr(0)), repr(chr(10)))  # expect: '\x00' '\n'
