# ExceptionGroup holds a message and a tuple of exceptions; str() counts them, repr() shows the args.
eg = ExceptionGroup("batch failed", [ValueError(1), KeyError("k")])
print(eg.message, eg.exceptions)  # expect: batch failed (ValueError(1), KeyError('k'))
print(str(eg))  # expect: batch failed (2 sub-exceptions)
print(repr(eg))  # expect: ExceptionGroup('batch failed', [ValueError(1), KeyError('k')])
print(str(ExceptionGroup("one", [OSError()])))  # expect: one (1 sub-exception)
print([c.__name__ for c in ExceptionGroup.__mro__])  # expect: ['ExceptionGroup', 'BaseExceptionGroup', 'Exception', 'BaseException', 'object']
try:
    raise eg
except Exception as e:
    print("caught by except Exception:", e is eg)  # expect: caught by except Exception: True
