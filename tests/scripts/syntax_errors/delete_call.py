# A function call cannot be deleted.
del f()
# expect error: SyntaxError: cannot delete function call
