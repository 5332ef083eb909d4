# The singleton literals None, True and False.
print(None, True, False)  # expect: None True False
print(type(None), type(True))  # expect: <class 'NoneType'> <class 'bool'>
print(True == 1, False == 0, True is True)  # expect: True True True
