# range.count and range.index take exactly one argument.
r = range(0, 20, 3)
print(r.count(6), r.count(7), r.index(9), 9 in r, r[2], r[-1], r[1:3])  # expect: 1 0 3 True 6 18 range(3, 9, 3)
for call in [lambda: r.index(7), lambda: r.count(), lambda: r.index(x=1), lambda: r.count(1, 2)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
        # expect: ValueError 7 is not in range
        # expect: TypeError range.count() takes exactly one argument (0 given)
        # expect: TypeError range.index() takes no keyword arguments
        # expect: TypeError range.count() takes exactly one argument (2 given)
