# raise X from None hides the context: __cause__ None, __suppress_context__ True, __context__ kept.
try:
    try:
        int("x")
    except ValueError:
        raise LookupError("clean") from None
except LookupError as e:
    print(e.__cause__, e.__suppress_context__)  # expect: None True
    print(type(e.__context__).__name__)  # expect: ValueError
