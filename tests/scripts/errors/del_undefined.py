# Uncaught: deleting a name that does not exist.
del nothing_here
# expect error: NameError: name 'nothing_here' is not defined
