# A generator's return value travels in StopIteration.value; for loops ignore it.
def gen():
    yield "a"
    return "the result"


g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print(stop.value, stop.args)  # expect: the result ('the result',)
print([x for x in gen()])  # expect: ['a']
