# A generator is its own iterator: iter(g) is g, and a second pass sees nothing.
def gen():
    yield from range(3)


g = gen()
print(iter(g) is g)  # expect: True
print(list(g), list(g))  # expect: [0, 1, 2] []
