# += extends in place; *= repeats in place.
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba *= 2
print(ba, alias is ba)  # expect: bytearray(b'abcdabcd') True
b = b"x"
c = b
b += b"y"
print(b, c, b is c)  # expect: b'xy' b'x' False
