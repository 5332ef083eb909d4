# Uncaught: integer modulo by zero.
print(7 % 0)
# expect error: ZeroDivisionError: integer modulo by zero
