# An exception raised in finally replaces the one in flight.
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
except ValueError:
    print("not this")
except KeyError as e:
    print("caught", e)  # expect: caught 'second'
