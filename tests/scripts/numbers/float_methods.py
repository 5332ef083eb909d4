# is_integer, hex, fromhex and as_integer_ratio.
print((1.0).is_integer(), (1.5).is_integer(), (-0.0).is_integer(), float("inf").is_integer())  # expect: True False True False
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), (1e-320).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x.8p-1"))  # expect: 0x1.8000000000000p+0 0x1.999999999999ap-4 -0x0.0p+0 0x0.00000000007e8p-1022 3.0 -0.25
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (0.0).as_integer_ratio())  # expect: (3602879701896397, 36028797018963968) (5, 2) (-3, 4) (0, 1)
print(float.fromhex("inf"), float.fromhex(" 0x10 "), float.fromhex("0x1p-1074"))  # expect: inf 16.0 5e-324
