# break outside any loop.
if True:
    break
# expect error: SyntaxError: 'break' outside loop
