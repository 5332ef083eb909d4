# isinstance with built-in types and tuples of types.
print(isinstance(1, int), isinstance(True, int), isinstance(1, float))  # expect: True True False
print(isinstance("s", (int, str)), isinstance([], (tuple, dict)))  # expect: True False
print(isinstance(None, type(None)), isinstance(b"", bytes), isinstance(range(1), range))  # expect: True True True
print(isinstance(ValueError("x"), Exception), isinstance({}, dict))  # expect: True True
