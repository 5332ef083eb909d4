# with_traceback sets __traceback__ and returns the exception itself.
try:
    raise ValueError("a")
except ValueError as e:
    tb = e.__traceback__
print(type(tb).__name__, tb.tb_lineno)  # expect: traceback 3
e2 = KeyError("b")
print(e2.__traceback__)  # expect: None
print(e2.with_traceback(tb) is e2, e2.__traceback__ is tb)  # expect: True True
e2.__traceback__ = None
print(e2.__traceback__)  # expect: None
try:
    e2.with_traceback(5)
except TypeError as t:
    print(t)  # expect: __traceback__ must be a traceback or None
