# A doubled = is invalid syntax.
x = = 1
# expect error: SyntaxError: invalid syntax
