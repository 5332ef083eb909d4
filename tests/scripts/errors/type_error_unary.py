# Uncaught: unary minus on a string.
print(-"a")
# expect error: TypeError: bad operand type for unary -: 'str'
