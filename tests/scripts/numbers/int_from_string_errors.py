# Invalid int() conversions.
for args in [("08", 0), ("12", 1), ("12", 37), ("abc",), ("",), ("1__0",), ("_1",), ("0x",), ("1.5",)]:
    try:
        int(*args)
    except ValueError as e:
        print(e)
        # expect: invalid literal for int() with base 0: '08'
        # expect: int() base must be >= 2 and <= 36, or 0
        # expect: int() base must be >= 2 and <= 36, or 0
        # expect: invalid literal for int() with base 10: 'abc'
        # expect: invalid literal for int() with base 10: ''
        # expect: invalid literal for int() with base 10: '1__0'
        # expect: invalid literal for int() with base 10: '_1'
        # expect: invalid literal for int() with base 10: '0x'
        # expect: invalid literal for int() with base 10: '1.5'
for v in [float("inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(e)
        # expect: cannot convert float infinity to integer
        # expect: cannot convert float NaN to integer
for args in [([1],), (5, 10)]:
    try:
        int(*args)
    except TypeError as e:
        print(e)
        # expect: int() argument must be a string, a bytes-like object or a real number, not 'list'
        # expect: int() can't convert non-string with explicit base
