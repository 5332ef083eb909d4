# Resuming a generator from inside itself is a ValueError.
def gen():
    yield next(me)


me = gen()
try:
    next(me)
except ValueError as e:
    print(e)  # expect: generator already executing
print(next(me, "finished by the error"))  # expect: finished by the error
