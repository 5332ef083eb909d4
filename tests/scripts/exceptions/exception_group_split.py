# split() and subgroup() by type, tuple of types or predicate, recursing into nested groups.
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
match, rest = eg.split((TypeError, ValueError))
print(repr(match))  # expect: ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2)])])
print(repr(rest))  # expect: ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError(3)])])
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))  # expect: ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError(3)])])
print(eg.subgroup(OSError), repr(eg.split(OSError)[1]) == repr(eg))  # expect: None True
print(eg.subgroup(lambda e: True) is eg)  # expect: True
try:
    eg.split(5)
except TypeError as e:
    print(e)  # expect: expected a function, exception type or tuple of exception types
