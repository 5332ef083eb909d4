# type of an object prints as its class.
print(type(1), type(1.0), type("s"), type([]))  # expect: <class 'int'> <class 'float'> <class 'str'> <class 'list'>
print(type({}), type(()), type(set()), type(None))  # expect: <class 'dict'> <class 'tuple'> <class 'set'> <class 'NoneType'>
print(type(len), type(print))  # expect: <class 'builtin_function_or_method'> <class 'builtin_function_or_method'>
print(type(1) is int, type(True) is bool, type(type(1)))  # expect: True True <class 'type'>
print(type(2 ** 100) is int, type(1).__name__)  # expect: True int
