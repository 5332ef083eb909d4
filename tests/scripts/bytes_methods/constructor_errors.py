# Invalid bytes() arguments.
for args in [(-1,), (1.5,), ("x",), ("x", "bogus"), (b"x", "utf-8"), ([-1],), (["a"],), ([256],)]:
    try:
        bytes(*args)
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
        # expect: ValueError negative count
        # expect: TypeError cannot convert 'float' object to bytes
        # expect: TypeError string argument without an encoding
        # expect: LookupError unknown encoding: bogus
        # expect: TypeError encoding without a string argument
        # expect: ValueError bytes must be in range(0, 256)
        # expect: TypeError 'str' object cannot be interpreted as an integer
        # expect: ValueError bytes must be in range(0, 256)
