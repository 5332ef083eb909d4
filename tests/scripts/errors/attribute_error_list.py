# Uncaught: a missing method on a list.
[].push(1)
# expect error: AttributeError: 'list' object has no attribute 'push'
