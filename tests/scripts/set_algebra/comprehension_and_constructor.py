# set() and frozenset() from iterables, and set comprehensions.
print(set("hello") == {"h", "e", "l", "o"}, set(range(5)), frozenset((1, 1, 2)), {x % 4 for x in range(10)})  # expect: True {0, 1, 2, 3, 4} frozenset({1, 2}) {0, 1, 2, 3}
print(set(), frozenset(), repr(set()), set({1: "a", 2: "b"}), len({1, 1.0, True}))  # expect: set() frozenset() set() {1, 2} 1
