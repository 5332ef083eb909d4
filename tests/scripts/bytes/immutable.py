# bytes cannot be modified in place.
b = b"abc"
try:
    b[0] = 1
except TypeError as e:
    print(e)  # expect: 'bytes' object does not support item assignment
try:
    bytes([256])
except ValueError as e:
    print(e)  # expect: bytes must be in range(0, 256)
