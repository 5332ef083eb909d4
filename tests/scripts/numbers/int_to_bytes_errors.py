# to_bytes overflow and bad byte orders.
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
             lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes(b"\x00", "sideways")]:
    try:
        call()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
        # expect: OverflowError int too big to convert
        # expect: OverflowError can't convert negative int to unsigned
        # expect: OverflowError int too big to convert
        # expect: ValueError byteorder must be either 'little' or 'big'
        # expect: ValueError byteorder must be either 'little' or 'big'
