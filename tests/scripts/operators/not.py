# not always returns a bool.
print(not 0, not 1, not "", not "a", not [], not None)  # expect: True False True False True True
print(not not [1], type(not 5))  # expect: True <class 'bool'>
