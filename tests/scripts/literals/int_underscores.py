# Underscores may separate digits in integer literals of any base.
print(1_000_000)  # expect: 1000000
print(0x_ff_ff)  # expect: 65535
print(0b_1111_0000)  # expect: 240
print(0o_7_7)  # expect: 63
print(1_2_3 + 1)  # expect: 124
