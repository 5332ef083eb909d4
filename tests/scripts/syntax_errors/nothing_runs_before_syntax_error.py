# The whole file is compiled before it runs: a syntax error late in the file means no output at all.
print("this never prints")
def f():
    return 1
x = (1 +
# expect error: SyntaxError: '(' was never closed
