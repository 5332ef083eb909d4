# Bitwise operators on big integers, positive and negative.
a = 2 ** 100 + 5
print(a & 0xFF, a | 2, a ^ a)  # expect: 5 1267650600228229401496703205383 0
print(~a)  # expect: -1267650600228229401496703205382
print(-a & 0xFFFF)  # expect: 65531
print((a >> 98), (-a) >> 98)  # expect: 4 -5
