# functools.partial and functools.reduce, with CPython's reprs and errors.
from functools import partial, reduce
def power(base, exp, *, mod=None):
    return base ** exp if mod is None else pow(base, exp, mod)
square = partial(power, exp=2)
print(square(5), square(3, mod=4))
cube_of_two = partial(power, 2, 3)
print(cube_of_two(), cube_of_two.func is power, cube_of_two.args, cube_of_two.keywords)
p = partial(partial(power, 2), 10)
print(p(), p.args)
print(repr(partial(max, 1, key=abs)))
print(list(map(partial(int, base=2), ["101", "11"])))
try:
    partial(5)
except TypeError as e:
    print(e)
print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda a, b: a + b, [], 10))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print(e)
# expect: 25 1
# expect: 8 True (2, 3) {}
# expect: 1024 (2, 10)
# expect: functools.partial(<built-in function max>, 1, key=<built-in function abs>)
# expect: [5, 3]
# expect: the first argument must be callable
# expect: 120
# expect: 10
# expect: 5
# expect: reduce() of empty iterable with no initial value
# expect: reduce() arg 2 must support iteration
