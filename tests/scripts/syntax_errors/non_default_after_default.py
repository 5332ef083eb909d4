# A parameter without a default cannot follow one with a default.
def f(a=1, b):
    pass
# expect error: SyntaxError: non-default argument follows default argument
