# Once an except block is over, the handled exception is gone: a later bare raise fails.
try:
    raise ValueError("v")
except ValueError:
    pass
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)  # expect: RuntimeError No active exception to reraise
