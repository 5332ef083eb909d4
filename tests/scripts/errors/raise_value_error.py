# Uncaught: an explicitly raised exception with a message.
def check(v):
    if v < 0:
        raise ValueError("negative value: " + str(v))
    return v
print(check(3))  # expect: 3
check(-2)
# expect error: ValueError: negative value: -2
