# Indexing bytes gives an int; iterating yields ints.
b = b"ABC"
print(b[0], b[-1], type(b[1]))  # expect: 65 67 <class 'int'>
print(list(b"hi"), [x + 1 for x in b"\x00\x01"])  # expect: [104, 105] [1, 2]
