# Uncaught: using an undefined name.
print(x)
# expect error: NameError: name 'x' is not defined
