# Deleting a local makes later reads an UnboundLocalError.
def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(f())  # expect: cannot access local variable 'x' where it is not associated with a value
