# split() with no separator splits on runs of whitespace and drops empty strings.
print("  hello   world \t\n next ".split())  # expect: ['hello', 'world', 'next']
print("".split(), "   ".split())  # expect: [] []
print("  a b c  ".split(None, 1))  # expect: ['a', 'b c  ']
print("  a b c  ".rsplit(None, 1))  # expect: ['  a b', 'c']
