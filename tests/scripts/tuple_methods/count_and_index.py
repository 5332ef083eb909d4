# tuple.count and tuple.index, with a start/end window and CPython's errors.
t = (1, 2, 1, 3, 1)
print(t.count(1), t.count(9), t.index(1), t.index(1, 1), t.index(1, -2), t.index(3, 0, 4))  # expect: 3 0 0 2 4 3
for call in [lambda: t.index(9), lambda: t.index(3, 0, 2), lambda: t.count(), lambda: t.index(x=1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
        # expect: ValueError tuple.index(x): x not in tuple
        # expect: ValueError tuple.index(x): x not in tuple
        # expect: TypeError tuple.count() takes exactly one argument (0 given)
        # expect: TypeError tuple.index() takes no keyword arguments
