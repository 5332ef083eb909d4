# issubclass relates built-in types.
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int))  # expect: True False True
print(issubclass(KeyError, (ValueError, LookupError)), issubclass(float, (int, str)))  # expect: True False
