# Splitting on whitespace drops empty parts and knows Unicode spaces.
print("  a  b\tc\n".split())  # expect: ['a', 'b', 'c']
print("a\u3000b\xa0c\u2003d".split())  # expect: ['a', 'b', 'c', 'd']
print("  a b c ".split(None, 1), "  a b c ".rsplit(None, 1))  # expect: ['a', 'b c '] ['  a b', 'c']
print("".split(), "   ".split(), "   ".rsplit(None, 0))  # expect: [] [] []
print(" a b ".split(maxsplit=0), " a b ".rsplit(maxsplit=0))  # expect: ['a b '] [' a b']
