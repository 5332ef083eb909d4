# any and all short-circuit over any iterable.
print(any([]), all([]), any([0, 1]), all([1, 0]), any(x > 2 for x in [1, 3]), all(x for x in "ab"))  # expect: False True True False True True
def gen():
    yield 1
    yield 0
    print("not reached")
print(all(gen()))  # expect: False
