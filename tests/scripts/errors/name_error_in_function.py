# Uncaught: an undefined global name used inside a function.
def f():
    return undefined_thing + 1
f()
# expect error: NameError: name 'undefined_thing' is not defined
