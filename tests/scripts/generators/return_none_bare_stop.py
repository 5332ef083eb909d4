# Returning None (or falling off the end) ends with a bare StopIteration, and an exhausted generator keeps raising it.
def gen():
    yield 1


g = gen()
next(g)
for attempt in range(2):
    try:
        next(g)
    except StopIteration as stop:
        print(attempt, stop.args, stop.value)
# expect: 0 () None
# expect: 1 () None
