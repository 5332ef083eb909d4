# An exception inside a decorated function shows both the wrapper and the function in the traceback.
def deco(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


@deco
def divide(a, b):
    return a / b


print(divide(1, 2))
divide(1, 0)

# expect: 0.5
# expect error: ZeroDivisionError: division by zero
