# A function definition needs a parameter list.
def f:
    pass
# expect error: SyntaxError: expected '('
