# throw() into a generator that never started raises at once and finishes it.
def gen():
    print("never printed")
    yield 1


g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("raised:", e)  # expect: raised: early
print(next(g, "exhausted"))  # expect: exhausted
