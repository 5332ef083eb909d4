# Messages of exceptions raised by built-in operations (operands in variables, to avoid compile-time warnings).
nothing = None
five = 5
cases = [
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 1.5 / 0,
    lambda: [1][5],
    lambda: (1,)[5],
    lambda: "ab"[5],
    lambda: {"a": 1}["b"],
    lambda: int("12x"),
    lambda: float("x1"),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] * "2",
    lambda: len(5),
    lambda: (5).nope,
    lambda: nothing(),
    lambda: five[0],
    lambda: {[1]: 2},
    lambda: chr(-1),
    lambda: ord("ab"),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: ZeroDivisionError: division by zero
# expect: ZeroDivisionError: integer modulo by zero
# expect: ZeroDivisionError: float division by zero
# expect: IndexError: list index out of range
# expect: IndexError: tuple index out of range
# expect: IndexError: string index out of range
# expect: KeyError: 'b'
# expect: ValueError: invalid literal for int() with base 10: '12x'
# expect: ValueError: could not convert string to float: 'x1'
# expect: TypeError: can only concatenate str (not "int") to str
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: TypeError: object of type 'int' has no len()
# expect: AttributeError: 'int' object has no attribute 'nope'
# expect: TypeError: 'NoneType' object is not callable
# expect: TypeError: 'int' object is not subscriptable
# expect: TypeError: unhashable type: 'list'
# expect: ValueError: chr() arg not in range(0x110000)
# expect: TypeError: ord() expected a character, but string of length 2 found
