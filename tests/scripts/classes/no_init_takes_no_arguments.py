# A class without __init__ accepts no constructor arguments.
class Empty:
    pass


print(type(Empty()).__name__)
Empty(1)

# expect: Empty
# expect error: TypeError: Empty() takes no arguments
