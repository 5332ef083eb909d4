# Slicing bytes gives bytes.
b = b"hello world"
print(b[:5], b[6:], b[::-1], b[1:2])  # expect: b'hello' b'world' b'dlrow olleh' b'e'
print(b[3:3], type(b[0:1]))  # expect: b'' <class 'bytes'>
