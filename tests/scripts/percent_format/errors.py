# Mismatched formats and arguments raise CPython's errors.
cases = [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%z", 1), ("%", 1),
         ("%c", "ab"), ("%c", 1.5), ("%x", 1.5), ("%f", "x"), ("%.*f", ("x", 1.0)), ("%d", None), ("%c", -1)]
for fmt, args in cases:
    try:
        fmt % args
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
        # expect: '%d' TypeError %d format: a real number is required, not str
        # expect: '%s %s' TypeError not enough arguments for format string
        # expect: '%s' TypeError not all arguments converted during string formatting
        # expect: '%(a)s' TypeError format requires a mapping
        # expect: '%z' ValueError unsupported format character 'z' (0x7a) at index 1
        # expect: '%' ValueError incomplete format
        # expect: '%c' TypeError %c requires int or char
        # expect: '%c' TypeError %c requires int or char
        # expect: '%x' TypeError %x format: an integer is required, not float
        # expect: '%f' TypeError must be real number, not str
        # expect: '%.*f' TypeError * wants int
        # expect: '%d' TypeError %d format: a real number is required, not NoneType
        # expect: '%c' OverflowError %c arg not in range(0x110000)
try:
    "%(a)s" % {}
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'a'
