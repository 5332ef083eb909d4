# None, True and False cannot be assigned.
None = 1
# expect error: SyntaxError: cannot assign to None
