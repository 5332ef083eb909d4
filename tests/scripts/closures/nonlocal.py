# nonlocal rebinds a variable of the nearest enclosing function.
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(outer())  # expect: changed by inner
def no_nonlocal():
    x = 1
    def inner():
        x = 2
    inner()
    return x
print(no_nonlocal())  # expect: 1
