# A starred target must be inside a tuple or list.
*a = [1, 2]
# expect error: SyntaxError: starred assignment target must be in a list or tuple
