# Assigning __cause__ also sets __suppress_context__; both can be set by hand, and must be exceptions or None.
e = ValueError("v")
print(e.__cause__, e.__suppress_context__)  # expect: None False
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)  # expect: KeyError('k') True
e.__suppress_context__ = False
print(e.__suppress_context__)  # expect: False
e.__context__ = IndexError("i")
print(repr(e.__context__))  # expect: IndexError('i')
for attr in ("__cause__", "__context__"):
    try:
        setattr(e, attr, 3)
    except TypeError as err:
        print(err)
# expect: exception cause must be None or derive from BaseException
# expect: exception context must be None or derive from BaseException
