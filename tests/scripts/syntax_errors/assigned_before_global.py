# A name used before its global declaration in the same function.
def f():
    x = 1
    global x
# expect error: SyntaxError: name 'x' is assigned to before global declaration
