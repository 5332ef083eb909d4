# A generator that yields after GeneratorExit makes close() raise RuntimeError.
def stubborn():
    ignored = False
    while True:
        try:
            yield "again"
        except GeneratorExit:
            if ignored:
                return  # a later close (CPython's finalizer at exit) succeeds
            ignored = True
            print("ignoring exit")


g = stubborn()
next(g)
try:
    g.close()  # expect: ignoring exit
except RuntimeError as e:
    print(e)  # expect: generator ignored GeneratorExit
