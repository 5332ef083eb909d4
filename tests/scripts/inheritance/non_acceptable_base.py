# bool cannot be subclassed.
class MyBool(bool):
    pass

# expect error: TypeError: type 'bool' is not an acceptable base type
