# A def header without its colon.
def f()
    return 1
# expect error: SyntaxError: expected ':'
