# in tests for a byte value or a subsequence.
b = b"hello"
print(b"ell" in b, 104 in b, 120 in b, b"" in b, bytearray(b"lo") in b)  # expect: True True False True True
for bad in [300, "h"]:
    try:
        bad in b
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
        # expect: ValueError byte must be in range(0, 256)
        # expect: TypeError a bytes-like object is required, not 'str'
