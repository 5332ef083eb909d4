# A module with a syntax error.
value = (1,
def
