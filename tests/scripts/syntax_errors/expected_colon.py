# A compound statement header without its colon.
if True
    pass
# expect error: SyntaxError: expected ':'
