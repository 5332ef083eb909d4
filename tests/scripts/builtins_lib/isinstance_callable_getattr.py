# isinstance with tuples, callable, getattr/hasattr with defaults.
print(isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, (str, int)), callable(len), callable(1))  # expect: True True True True False
print(getattr("x", "upper")(), getattr(1, "nope", "dflt"), hasattr([], "append"), hasattr(1, "x"))  # expect: X dflt True False
try:
    getattr(1, "nope")
except AttributeError as e:
    print(e)  # expect: 'int' object has no attribute 'nope'
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)  # expect: isinstance() arg 2 must be a type, a tuple of types, or a union
