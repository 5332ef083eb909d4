# Default expressions are evaluated when the def statement runs.
n = 10
def f(x=n * 2):
    return x
n = 99
print(f())  # expect: 20
