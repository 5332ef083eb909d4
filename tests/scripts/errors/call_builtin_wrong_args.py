# Uncaught: a built-in called with too many arguments.
len([1], [2])
# expect error: TypeError: len() takes exactly one argument (2 given)
