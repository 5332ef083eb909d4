# A strict encode error names the codec, the characters and their positions.
for s, enc in [("aé", "ascii"), ("aéé b", "ascii"), ("€", "latin-1"), ("x😀", "latin1")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
        # expect: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
        # expect: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
        # expect: 'latin-1' codec can't encode character '\u20ac' in position 0: ordinal not in range(256)
        # expect: 'latin-1' codec can't encode character '\U0001f600' in position 1: ordinal not in range(256)
try:
    "x".encode("klingon")
except LookupError as e:
    print(e)  # expect: unknown encoding: klingon
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print(e)  # expect: unknown error handler name 'bogus'
