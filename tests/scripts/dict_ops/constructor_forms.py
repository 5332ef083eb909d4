# The dict constructor's forms.
print(dict(zip("abc", range(3))), dict(a=1, b=2), dict([("a", 1)], b=2), dict({"a": 1}, a=2), dict())  # expect: {'a': 0, 'b': 1, 'c': 2} {'a': 1, 'b': 2} {'a': 1, 'b': 2} {'a': 2} {}
print(dict(enumerate("xy")), dict([(i, i * i) for i in range(4)]))  # expect: {0: 'x', 1: 'y'} {0: 0, 1: 1, 2: 4, 3: 9}
for bad in [[(1, 2, 3)], [1], 1]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
        # expect: ValueError dictionary update sequence element #0 has length 3; 2 is required
        # expect: TypeError cannot convert dictionary update sequence element #0 to a sequence
        # expect: TypeError 'int' object is not iterable
