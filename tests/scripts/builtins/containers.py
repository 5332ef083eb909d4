# list, tuple, dict, set and frozenset constructors from iterables.
print(list("ab"), tuple(range(3)), set([1, 1, 2]), frozenset((3,)))  # expect: ['a', 'b'] (0, 1, 2) {1, 2} frozenset({3})
print(dict([("a", 1)]), dict(a=1), list(), tuple(), dict(), set())  # expect: {'a': 1} {'a': 1} [] () {} set()
print(list({"x": 1, "y": 2}.items()))  # expect: [('x', 1), ('y', 2)]
