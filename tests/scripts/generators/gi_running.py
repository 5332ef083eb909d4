# gi_running is True only while the generator's code runs; gi_suspended while paused at a yield.
def gen():
    yield g.gi_running


g = gen()
print(g.gi_running, g.gi_suspended)  # expect: False False
print(next(g))  # expect: True
print(g.gi_running, g.gi_suspended)  # expect: False True
list(g)
print(g.gi_running, g.gi_suspended)  # expect: False False
