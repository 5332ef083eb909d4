# yield outside a function is a SyntaxError at compile time.
print("never runs")
yield 1
# expect error: SyntaxError: 'yield' outside function
