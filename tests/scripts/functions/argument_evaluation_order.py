# Arguments are evaluated left to right, positional then keyword as written.
log = []
def v(x):
    log.append(x)
    return x
def f(*args, **kwargs):
    return None
f(v(1), v(2), k=v(3), j=v(4))
print(log)  # expect: [1, 2, 3, 4]
