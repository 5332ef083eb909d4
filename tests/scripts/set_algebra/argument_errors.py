# set and frozenset methods name their class in argument errors.
s, f = {1}, frozenset({1})
for call in [lambda: s.add(), lambda: s.add(x=1), lambda: s.pop(1), lambda: s.union(x=1), lambda: f.union(x=1),
             lambda: s.issubset(), lambda: f.isdisjoint(1, 2), lambda: f.copy(1), lambda: s.symmetric_difference(),
             lambda: s.intersection_update(x=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
        # expect: set.add() takes exactly one argument (0 given)
        # expect: set.add() takes no keyword arguments
        # expect: set.pop() takes no arguments (1 given)
        # expect: set.union() takes no keyword arguments
        # expect: frozenset.union() takes no keyword arguments
        # expect: set.issubset() takes exactly one argument (0 given)
        # expect: frozenset.isdisjoint() takes exactly one argument (2 given)
        # expect: frozenset.copy() takes no arguments (1 given)
        # expect: set.symmetric_difference() takes exactly one argument (0 given)
        # expect: set.intersection_update() takes no keyword arguments
