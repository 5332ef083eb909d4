# An exception raised in finally while another propagates gets that one as __context__.
try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__))  # expect: KeyError('first')
