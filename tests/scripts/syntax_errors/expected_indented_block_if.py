# An if statement with no indented body.
if True:
print(1)
# expect error: IndentationError: expected an indented block after 'if' statement on line 2
