# Negative ndigits round to tens, hundreds, ... (ties to even for ints too).
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))  # expect: 1200 1200 1400 -1200 20 20
print(round(123.456, -1), round(1e20, -5) == 1e20, round(5, -1), round(2**70 + 5, -1))  # expect: 120.0 True 0 1180591620717411303430
print(round(7, 0), round(7, 3), type(round(7, -1)).__name__)  # expect: 7 7 int
