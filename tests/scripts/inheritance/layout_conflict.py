# Two built-in bases with different layouts cannot be combined.
class X(list, dict):
    pass

# expect error: TypeError: multiple bases have instance lay-out conflict
