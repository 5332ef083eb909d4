# None, True and False print as their names, also inside containers.
print(None, True, False)  # expect: None True False
print([None, True, False], {None: False})  # expect: [None, True, False] {None: False}
