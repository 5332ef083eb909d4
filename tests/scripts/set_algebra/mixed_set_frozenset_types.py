# The result of an operator has the type of the left operand.
s, f = {1, 2}, frozenset({2, 3})
for r in [s | f, f | s, s & f, f & s, s - f, f - s, s ^ f, f ^ s, f.union(s), s.copy(), f.copy()]:
    print(type(r).__name__, r)
    # expect: set {1, 2, 3}
    # expect: frozenset frozenset({1, 2, 3})
    # expect: set {2}
    # expect: frozenset frozenset({2})
    # expect: set {1}
    # expect: frozenset frozenset({3})
    # expect: set {1, 3}
    # expect: frozenset frozenset({1, 3})
    # expect: frozenset frozenset({1, 2, 3})
    # expect: set {1, 2}
    # expect: frozenset frozenset({2, 3})
print(f.copy() is f, frozenset(f) is f)  # expect: True True
