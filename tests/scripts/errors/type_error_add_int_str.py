# Uncaught: adding an int and a str.
print(1 + "a")
# expect error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
