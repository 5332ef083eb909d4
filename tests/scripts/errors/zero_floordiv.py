# Uncaught: integer floor division by zero.
print(7 // 0)
# expect error: ZeroDivisionError: integer division or modulo by zero
