# Uncaught: string index out of range.
print("abc"[-4])
# expect error: IndexError: string index out of range
