# Only one starred target per assignment.
*a, *b = [1, 2]
# expect error: SyntaxError: multiple starred expressions in assignment
