# for/else over a generator: else runs when the generator is exhausted, not after break.
def gen(n):
    yield from range(n)


for x in gen(3):
    pass
else:
    print("exhausted at", x)  # expect: exhausted at 2
for x in gen(3):
    if x == 1:
        break
else:
    print("not printed")
print("broke at", x)  # expect: broke at 1
for _ in gen(0):
    print("not printed either")
else:
    print("empty generator")  # expect: empty generator
