# Wrong argument counts give the message CPython's method kind produces.
for call in [lambda: "a".upper(1), lambda: "a".join(), lambda: "a".count(), lambda: "a".center(),
             lambda: "a".split(",", 1, 2), lambda: "a".strip("a", "b"), lambda: "a".zfill(),
             lambda: "a".startswith(), lambda: "a".upper(x=1), lambda: "a".find(sub="a")]:
    try:
        call()
    except TypeError as e:
        print(e)
        # expect: str.upper() takes no arguments (1 given)
        # expect: str.join() takes exactly one argument (0 given)
        # expect: count() takes at least 1 argument (0 given)
        # expect: center expected at least 1 argument, got 0
        # expect: split() takes at most 2 arguments (3 given)
        # expect: strip expected at most 1 argument, got 2
        # expect: str.zfill() takes exactly one argument (0 given)
        # expect: startswith() takes at least 1 argument (0 given)
        # expect: str.upper() takes no keyword arguments
        # expect: str.find() takes no keyword arguments
