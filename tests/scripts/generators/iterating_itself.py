# A generator whose for loop iterates over the generator itself hits "already executing".
def selfish():
    for x in me:
        yield x


me = selfish()
try:
    next(me)
except ValueError as e:
    print(e)  # expect: generator already executing
