# __init__ must return None.
class A:
    def __init__(self):
        return 5


A()

# expect error: TypeError: __init__() should return None, not 'int'
