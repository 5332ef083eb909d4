# Text files take str, binary files take bytes-like objects.
with open("t.txt", "w") as f:
    for bad in [1, b"x", None]:
        try:
            f.write(bad)
        except TypeError as e:
            print(e)
            # expect: write() argument must be str, not int
            # expect: write() argument must be str, not bytes
            # expect: write() argument must be str, not None
with open("b.bin", "wb") as f:
    for bad in ["x", [1]]:
        try:
            f.write(bad)
        except TypeError as e:
            print(e)
            # expect: a bytes-like object is required, not 'str'
            # expect: a bytes-like object is required, not 'list'
