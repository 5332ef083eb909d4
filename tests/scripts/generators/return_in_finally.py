# A return in a generator's finally turns the pending exit into a normal return, with its value.
def gen():
    try:
        yield 1
    finally:
        return "final"


g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("value:", stop.value)  # expect: value: final
g = gen()
next(g)
print(g.close())  # expect: None
print(next(g, "finished"))  # expect: finished
