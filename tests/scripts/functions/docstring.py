# A string as the first statement is the docstring and is not otherwise executed.
def f():
    """Return the answer."""
    return 42
print(f(), f.__doc__)  # expect: 42 Return the answer.
def g():
    return 1
print(g.__doc__)  # expect: None
