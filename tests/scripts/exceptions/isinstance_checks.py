# Caught exceptions are ordinary objects: isinstance, type and args work on them.
try:
    {}["k"]
except Exception as e:
    print(isinstance(e, KeyError), isinstance(e, LookupError), isinstance(e, ValueError))  # expect: True True False
    print(type(e), type(e).__name__)  # expect: <class 'KeyError'> KeyError
