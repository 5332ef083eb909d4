# Uncaught: a required keyword-only argument is missing.
def f(*, key):
    return key
f()
# expect error: TypeError: f() missing 1 required keyword-only argument: 'key'
