# The constructor's checks, and BaseExceptionGroup turning into ExceptionGroup when it can.
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)  # expect: ExceptionGroup
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)  # expect: BaseExceptionGroup
for args in [("x",), (1, [ValueError()]), ("x", 5), ("x", []), ("x", [1]), ("x", [SystemExit()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
# expect: TypeError BaseExceptionGroup.__new__() argument 1 must be str, not int
# expect: TypeError second argument (exceptions) must be a sequence
# expect: ValueError second argument (exceptions) must be a non-empty sequence
# expect: ValueError Item 0 of second argument (exceptions) is not an exception
# expect: TypeError Cannot nest BaseExceptions in an ExceptionGroup
