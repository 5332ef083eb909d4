# Uncaught: float division by zero has its own message.
x = 1.0
print(x / 0)
# expect error: ZeroDivisionError: float division by zero
