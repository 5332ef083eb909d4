# Comments may stand alone, end a line, or sit at any indentation inside a block.
# a comment at the top level
x = 1  # a trailing comment
def f():
    # a comment inside a function
        # a comment indented deeper than the block
    y = 2
# a comment at column zero inside the function
    return y  # trailing comment after return
print(x, f())  # expect: 1 2
print("# not a comment")  # expect: # not a comment
