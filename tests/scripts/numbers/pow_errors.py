# Invalid three-argument pow calls.
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 1.5, 3)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
        # expect: (2, -1, 4) ValueError base is not invertible for the given modulus
        # expect: (2, 3, 0) ValueError pow() 3rd argument cannot be 0
        # expect: (2.0, 3, 5) TypeError pow() 3rd argument not allowed unless all arguments are integers
        # expect: (2, 1.5, 3) TypeError pow() 3rd argument not allowed unless all arguments are integers
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)  # expect: 0.0 cannot be raised to a negative power
