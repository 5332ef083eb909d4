# Functions defined inside functions are created at each call.
def outer():
    def inner(x):
        return x * 3
    return inner(2) + inner(1)
print(outer())  # expect: 9
def make():
    def f():
        return 1
    return f
print(make() is make(), make()() == make()())  # expect: False True
