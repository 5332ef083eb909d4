# Sorting incomparable items, or passing bad arguments.
for call in [lambda: sorted([1, "a"]), lambda: sorted([1, None]), lambda: [1, 2].sort(1), lambda: sorted(),
             lambda: sorted([1], 1), lambda: sorted([1, 2], cmp=None), lambda: [3].sort(key=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
        # expect: '<' not supported between instances of 'str' and 'int'
        # expect: '<' not supported between instances of 'NoneType' and 'int'
        # expect: sort() takes no positional arguments
        # expect: sorted expected 1 argument, got 0
        # expect: sorted expected 1 argument, got 2
        # expect: 'cmp' is an invalid keyword argument for sort()
        # expect: 'int' object is not callable
