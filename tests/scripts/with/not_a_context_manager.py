# Using an object without __enter__/__exit__ in a with statement raises TypeError.
class A:
    pass


with A():
    pass

# expect error: TypeError: 'A' object does not support the context manager protocol
