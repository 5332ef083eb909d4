# bytearray is mutable, so it cannot be a dict key.
try:
    {bytearray(b"a"): 1}
except TypeError as e:
    print(e)  # expect: unhashable type: 'bytearray'
print(bytearray(b"a") == b"a", bytes(bytearray(b"abc")))  # expect: True b'abc'
