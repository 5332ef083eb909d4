# Types and built-in functions print with their names.
print(int, str, list, dict, type(None))  # expect: <class 'int'> <class 'str'> <class 'list'> <class 'dict'> <class 'NoneType'>
print(len, print, abs)  # expect: <built-in function len> <built-in function print> <built-in function abs>
print(ZeroDivisionError, KeyError)  # expect: <class 'ZeroDivisionError'> <class 'KeyError'>
