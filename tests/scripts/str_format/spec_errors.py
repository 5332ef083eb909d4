# Invalid specs for a type give CPython's messages.
for f, v in [("{:d}", "x"), ("{:s}", 1), ("{:.2d}", 5), ("{:c}", 1.5), ("{:+s}", "x"), ("{:#s}", "x"),
             ("{:=5}", "x"), ("{:z}", 1), ("{:x}", 1.5), ("{:..2f}", 1.5), ("{:>>>}", 1)]:
    try:
        f.format(v)
    except ValueError as e:
        print(f, e)
        # expect: {:d} Unknown format code 'd' for object of type 'str'
        # expect: {:s} Unknown format code 's' for object of type 'int'
        # expect: {:.2d} Precision not allowed in integer format specifier
        # expect: {:c} Unknown format code 'c' for object of type 'float'
        # expect: {:+s} Sign not allowed in string format specifier
        # expect: {:#s} Alternate form (#) not allowed in string format specifier
        # expect: {:=5} '=' alignment not allowed in string format specifier
        # expect: {:z} Negative zero coercion (z) not allowed in integer format specifier
        # expect: {:x} Unknown format code 'x' for object of type 'float'
        # expect: {:..2f} Format specifier missing precision
        # expect: {:>>>} Unknown format code '>' for object of type 'int'
