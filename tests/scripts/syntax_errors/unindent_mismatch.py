# A dedent to a column that matches no enclosing block.
if True:
        x = 1
    y = 2
# expect error: IndentationError: unindent does not match any outer indentation level
