# Assignments inside a function create locals that do not touch globals.
x = "global"
def f():
    x = "local"
    return x
print(f(), x)  # expect: local global
def g():
    return x
print(g())  # expect: global
