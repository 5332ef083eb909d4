# A keyword cannot be used as a variable name.
def = 5
# expect error: SyntaxError: invalid syntax
