# When __new__ returns an object that is not an instance of the class, __init__ is skipped.
class Weird:
    def __new__(cls, x):
        return x * 2

    def __init__(self, x):
        print("never")


print(Weird(21), type(Weird("a")).__name__)

# expect: 42 str
