# Uncaught: integer division by zero.
print("before")  # expect: before
print(1 / 0)
print("after")
# expect error: ZeroDivisionError: division by zero
