# print rejects bad sep/end/file arguments.
for kwargs in [{"sep": 1}, {"end": 2}, {"file": 3}, {"bogus": 1}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
        # expect: TypeError sep must be None or a string, not int
        # expect: TypeError end must be None or a string, not int
        # expect: AttributeError 'int' object has no attribute 'write'
        # expect: TypeError 'bogus' is an invalid keyword argument for print()
