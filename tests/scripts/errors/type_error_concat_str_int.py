# Uncaught: concatenating a str and an int.
print("a" + 1)
# expect error: TypeError: can only concatenate str (not "int") to str
