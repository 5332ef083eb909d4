# Uncaught: a list as a dict key.
d = {}
d[[1, 2]] = 3
# expect error: TypeError: unhashable type: 'list'
