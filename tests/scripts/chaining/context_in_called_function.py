# The context is the exception being handled anywhere up the call chain.
def helper():
    raise TypeError("from helper")


try:
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
except TypeError as e:
    print(repr(e.__context__))  # expect: ZeroDivisionError('division by zero')
