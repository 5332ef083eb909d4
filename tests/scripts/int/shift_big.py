# Shifts that grow past 64 bits become big integers; right shifts of negatives floor.
print(1 << 64)  # expect: 18446744073709551616
print(1 << 100)  # expect: 1267650600228229401496703205376
print((1 << 100) >> 99)  # expect: 2
print(-1 >> 100, -(1 << 70) >> 69)  # expect: -1 -2
print(3 << 62)  # expect: 13835058055282163712
