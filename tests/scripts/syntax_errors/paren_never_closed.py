# An opening parenthesis without its closing one.
print((1, 2)
# expect error: SyntaxError: '(' was never closed
