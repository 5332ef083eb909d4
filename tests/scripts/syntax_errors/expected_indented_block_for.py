# A for loop with no body before the end of the file.
for i in range(3):
# expect error: IndentationError: expected an indented block after 'for' statement on line 2
