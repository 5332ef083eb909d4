# __bool__ must return a bool.
class A:
    def __bool__(self):
        return 1


if A():
    pass

# expect error: TypeError: __bool__ should return bool, returned int
