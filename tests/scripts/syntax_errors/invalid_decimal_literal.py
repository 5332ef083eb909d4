# A trailing underscore in a number literal.
x = 1_
# expect error: SyntaxError: invalid decimal literal
