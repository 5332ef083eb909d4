# An exception thrown in and not caught comes back out of throw() and finishes the generator.
def gen():
    yield 1
    yield 2


g = gen()
next(g)
try:
    g.throw(RuntimeError("stop now"))
except RuntimeError as e:
    print("propagated:", e)  # expect: propagated: stop now
print(next(g, "finished"))  # expect: finished
