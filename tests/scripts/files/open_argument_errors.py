# open() validates its mode and options.
cases = [("t.txt", "q"), ("t.txt", "rw"), ("t.txt", "rr"), ("t.txt", "tb"), ("t.txt", "")]
with open("t.txt", "w"):
    pass
for name, mode in cases:
    try:
        open(name, mode)
    except ValueError as e:
        print(repr(mode), e)
        # expect: 'q' invalid mode: 'q'
        # expect: 'rw' must have exactly one of create/read/write/append mode
        # expect: 'rr' invalid mode: 'rr'
        # expect: 'tb' can't have text and binary mode at once
        # expect: '' Must have exactly one of create/read/write/append mode and at most one plus
for kwargs in [{"mode": "rb", "encoding": "utf-8"}, {"mode": "rb", "errors": "strict"}, {"mode": "rb", "newline": ""},
               {"newline": "x"}, {"buffering": 0}, {"encoding": "klingon"}]:
    try:
        open("t.txt", **kwargs)
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e)
        # expect: ValueError binary mode doesn't take an encoding argument
        # expect: ValueError binary mode doesn't take an errors argument
        # expect: ValueError binary mode doesn't take a newline argument
        # expect: ValueError illegal newline value: x
        # expect: ValueError can't have unbuffered text I/O
        # expect: LookupError unknown encoding: klingon
for bad in [None, 1.5, [1]]:
    try:
        open(bad)
    except TypeError as e:
        print(e)
        # expect: expected str, bytes or os.PathLike object, not NoneType
        # expect: expected str, bytes or os.PathLike object, not float
        # expect: expected str, bytes or os.PathLike object, not list
