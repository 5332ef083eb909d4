# Argument errors mention bytes or bytearray as CPython does.
for call in [lambda: b"a".upper(1), lambda: bytearray(b"a").upper(1), lambda: b"a".count(), lambda: b"a".ljust(),
             lambda: b"a".join(), lambda: bytearray().pop(1, 2), lambda: b"a".find(sub=b"a"), lambda: b"a".split(x=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
        # expect: bytes.upper() takes no arguments (1 given)
        # expect: bytearray.upper() takes no arguments (1 given)
        # expect: count() takes at least 1 argument (0 given)
        # expect: ljust expected at least 1 argument, got 0
        # expect: bytes.join() takes exactly one argument (0 given)
        # expect: pop expected at most 1 argument, got 2
        # expect: bytes.find() takes no keyword arguments
        # expect: 'x' is an invalid keyword argument for split()
