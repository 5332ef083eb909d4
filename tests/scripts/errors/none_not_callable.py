# Calling None through a variable: a TypeError at run time (a literal None() would also warn at compile time).
f = None
f()
# expect error: TypeError: 'NoneType' object is not callable
