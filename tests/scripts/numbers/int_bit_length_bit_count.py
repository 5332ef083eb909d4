# bit_length and bit_count.
for n in [0, 1, 7, 8, 255, -8, 2**100, -(2**100)]:
    print(n, n.bit_length(), n.bit_count())
    # expect: 0 0 0
    # expect: 1 1 1
    # expect: 7 3 3
    # expect: 8 4 1
    # expect: 255 8 8
    # expect: -8 4 1
    # expect: 1267650600228229401496703205376 101 1
    # expect: -1267650600228229401496703205376 101 1
