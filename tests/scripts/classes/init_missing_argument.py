# Calling a class without a required __init__ argument names A.__init__.
class A:
    def __init__(self, v):
        self.v = v


a = A()

# expect error: TypeError: A.__init__() missing 1 required positional argument: 'v'
