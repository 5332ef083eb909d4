# A class given as the cause is instantiated with no arguments.
try:
    raise RuntimeError("top") from ConnectionError
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)  # expect: ConnectionError() None
