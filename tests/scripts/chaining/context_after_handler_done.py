# After an except block finishes, later exceptions have no context.
try:
    raise KeyError("old")
except KeyError:
    pass
try:
    raise ValueError("new")
except ValueError as e:
    print(e.__context__)  # expect: None
