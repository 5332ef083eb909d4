# A parameter name used twice.
def f(x, x):
    pass
# expect error: SyntaxError: duplicate argument 'x' in function definition
