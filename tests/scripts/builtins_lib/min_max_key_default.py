# min and max with key and default.
print(min([3, 1, 2]), max([3, 1, 2]), min("bca"), max([1, 5, 3], key=lambda x: -x), min([], default="empty"))  # expect: 1 3 a 1 empty
print(max(1, 2, 3), min(4, 2, key=lambda x: -x), max([], default=None), max(3, 1, 3.0), min([2, 1, 1.0]))  # expect: 3 4 None 3 1
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc"], key=len))  # expect: aa b
for call in [lambda: min([]), lambda: max(), lambda: max(1, 2, default=0), lambda: min(5), lambda: max([], key=len)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
        # expect: ValueError min() arg is an empty sequence
        # expect: TypeError max expected at least 1 argument, got 0
        # expect: TypeError Cannot specify a default for max() with multiple positional arguments
        # expect: TypeError 'int' object is not iterable
        # expect: ValueError max() arg is an empty sequence
