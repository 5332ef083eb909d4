# strip, replace, removeprefix and removesuffix.
print(b"  x  ".strip(), b"xxaxx".strip(b"x"), b"\t x".lstrip(), b"x \n".rstrip(), b"abcab".strip(b"ab"))  # expect: b'x' b'a' b'x' b'x' b'c'
print(b"aaaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"b", b""))  # expect: b'bbaa' b'-a-b-c-' b'ac'
print(b"test.py".removesuffix(b".py"), b"test.py".removeprefix(b"te"), b"x".removeprefix(b"y"))  # expect: b'test' b'st.py' b'x'
try:
    b"a".strip("a")
except TypeError as e:
    print(e)  # expect: a bytes-like object is required, not 'str'
