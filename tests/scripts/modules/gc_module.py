# The gc module: collect() frees garbage and returns a count; enable/disable/isenabled.
import gc


class Node:
    def __init__(self):
        self.other = None


def make_cycles(n):
    for _ in range(n):
        a, b = Node(), Node()
        a.other, b.other = b, a


make_cycles(1000)
freed = gc.collect()
print(type(freed).__name__, freed >= 0)
print(isinstance(gc.collect(0), int), isinstance(gc.collect(generation=1), int))
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    gc.collect('x')
except TypeError as e:
    print('TypeError:', e)
try:
    gc.enable(1)
except TypeError as e:
    print('TypeError:', e)
# expect: int True
# expect: True True
# expect: True
# expect: False
# expect: True
# expect: ValueError: invalid generation
# expect: ValueError: invalid generation
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: gc.enable() takes no arguments (1 given)
