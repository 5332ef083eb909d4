# Uncaught: a missing attribute on an int.
x = 5
x.foo
# expect error: AttributeError: 'int' object has no attribute 'foo'
