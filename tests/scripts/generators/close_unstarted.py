# Closing a generator that never started does not run any of its code.
def gen():
    try:
        print("body")
        yield
    finally:
        print("finally")


g = gen()
g.close()
print(next(g, "nothing"))  # expect: nothing
