# float method errors.
for call in [lambda: float.fromhex("zz"), lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(),
             lambda: float.fromhex("0x1p99999")]:
    try:
        call()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
        # expect: ValueError invalid hexadecimal floating-point string
        # expect: OverflowError cannot convert Infinity to integer ratio
        # expect: ValueError cannot convert NaN to integer ratio
        # expect: OverflowError hexadecimal value too large to represent as a float
