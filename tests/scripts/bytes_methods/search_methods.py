# find/index/count/startswith/endswith take bytes or single byte values.
b = b"hello world"
print(b.find(b"o"), b.find(111), b.rfind(b"o"), b.find(b"o", 5), b.find(b"z"), b.index(b"w"), b.rindex(108))  # expect: 4 4 7 7 -1 6 9
print(b.count(b"l"), b.count(108), b.count(b""), b.startswith(b"he"), b.endswith((b"x", b"ld")), b.startswith(b"wor", 6))  # expect: 3 3 12 True True True
for call in [lambda: b.index(b"z"), lambda: b.find(1.5), lambda: b.find(300), lambda: b.startswith("h")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
        # expect: ValueError subsection not found
        # expect: TypeError argument should be integer or bytes-like object, not 'float'
        # expect: ValueError byte must be in range(0, 256)
        # expect: TypeError startswith first arg must be bytes or a tuple of bytes, not str
