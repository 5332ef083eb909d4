# Malformed format strings give CPython's errors, found left to right.
for f in ["{", "}", "x}y", "{0", "{0!}", "{0!x}", "{0!rr}", "{0:", "{0[}", "{0.}", "{0[]}", "{0]}", "{a{b}c}", "{0[0]x}"]:
    try:
        f.format([1], 2, a=3)
    except (ValueError, KeyError) as e:
        print(repr(f), type(e).__name__, e)
        # expect: '{' ValueError Single '{' encountered in format string
        # expect: '}' ValueError Single '}' encountered in format string
        # expect: 'x}y' ValueError Single '}' encountered in format string
        # expect: '{0' ValueError expected '}' before end of string
        # expect: '{0!}' ValueError unmatched '{' in format spec
        # expect: '{0!x}' ValueError Unknown conversion specifier x
        # expect: '{0!rr}' ValueError expected ':' after conversion specifier
        # expect: '{0:' ValueError unmatched '{' in format spec
        # expect: '{0[}' ValueError expected '}' before end of string
        # expect: '{0.}' ValueError Empty attribute in format string
        # expect: '{0[]}' ValueError Empty attribute in format string
        # expect: '{0]}' KeyError '0]'
        # expect: '{a{b}c}' ValueError unexpected '{' in field name
        # expect: '{0[0]x}' ValueError Only '.' or '[' may follow ']' in format field specifier
