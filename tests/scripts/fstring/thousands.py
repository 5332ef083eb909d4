# Grouping with , and _ in integer and float format specs.
n = 1234567890
print(f"{n:,}")  # expect: 1,234,567,890
print(f"{n:_}")  # expect: 1_234_567_890
print(f"{n:_x}", f"{n:_b}")  # expect: 4996_02d2 100_1001_1001_0110_0000_0010_1101_0010
print(f"{1234567.891:,.2f}")  # expect: 1,234,567.89
print(f"{-1234:,}", f"{999:,}")  # expect: -1,234 999
print(f"{n:>15,}|")  # expect:   1,234,567,890|
