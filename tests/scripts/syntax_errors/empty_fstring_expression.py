# An f-string replacement field needs an expression.
x = f"value: {}"
# expect error: SyntaxError: f-string: empty expression not allowed
