# A generator expression beside another argument must be parenthesized.
print(sorted(x for x in "ba", reverse=True))
# expect error: SyntaxError: Generator expression must be parenthesized
