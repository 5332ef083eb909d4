# The except-as name is unbound after the block, even in a function where it was bound before.
def f():
    err = "kept?"
    try:
        raise OSError("io")
    except OSError as err:
        pass
    try:
        return err
    except UnboundLocalError as u:
        return "unbound: " + str(u)


print(f())  # expect: unbound: cannot access local variable 'err' where it is not associated with a value
