# yield inside a generator expression is a SyntaxError.
g = ((yield x) for x in range(3))
# expect error: SyntaxError: 'yield' inside generator expression
