# raise with a built-in exception type and message; str(e) and e.args.
try:
    raise ValueError("bad value")
except ValueError as e:
    print(str(e), e.args)  # expect: bad value ('bad value',)
try:
    raise TypeError
except TypeError as e:
    print(repr(str(e)), e.args)  # expect: '' ()
try:
    raise RuntimeError("a", 1)
except RuntimeError as e:
    print(e, e.args[1])  # expect: ('a', 1) 1
