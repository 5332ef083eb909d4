# More messages from built-in operations; several differ in small ways that are easy to get wrong.
nothing = None
half = 1.5
letters = "abc"
items = [1]
cases = [
    lambda: 0 ** -1,
    lambda: pow(0, -1),
    lambda: "a,b".split(""),
    lambda: items[half],
    lambda: letters[half],
    lambda: nothing + 1,
    lambda: int(""),
    lambda: int(nothing),
    lambda: sorted(nothing),
    lambda: [1, 2, 3][::0],
    lambda: abs("x"),
    lambda: "%d" % "x",
    lambda: "{}".format(),
    lambda: format(1, "q"),
    lambda: int("5", 1),
    lambda: hex(half),
    lambda: 1 << -1,
    lambda: sum(["a", "b"]),
    lambda: next(items),
    lambda: b"a" + "b",
    lambda: "a" + b"b",
    lambda: "-".join([1, 2]),
    lambda: [1, 2].pop(5),
    lambda: round(float("inf")),
    lambda: int(float("nan")),
    lambda: dict([1, 2]),
    lambda: max(),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
# expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
# expect: ValueError: empty separator
# expect: TypeError: list indices must be integers or slices, not float
# expect: TypeError: string indices must be integers, not 'float'
# expect: TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
# expect: ValueError: invalid literal for int() with base 10: ''
# expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
# expect: TypeError: 'NoneType' object is not iterable
# expect: ValueError: slice step cannot be zero
# expect: TypeError: bad operand type for abs(): 'str'
# expect: TypeError: %d format: a real number is required, not str
# expect: IndexError: Replacement index 0 out of range for positional args tuple
# expect: ValueError: Unknown format code 'q' for object of type 'int'
# expect: ValueError: int() base must be >= 2 and <= 36, or 0
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: ValueError: negative shift count
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: TypeError: 'list' object is not an iterator
# expect: TypeError: can't concat str to bytes
# expect: TypeError: can only concatenate str (not "bytes") to str
# expect: TypeError: sequence item 0: expected str instance, int found
# expect: IndexError: pop index out of range
# expect: OverflowError: cannot convert float infinity to integer
# expect: ValueError: cannot convert float NaN to integer
# expect: TypeError: cannot convert dictionary update sequence element #0 to a sequence
# expect: TypeError: max expected at least 1 argument, got 0
