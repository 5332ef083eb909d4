# frozensets are hashable and equal ones hash alike.
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print(hash(a) == hash(b), {a: "x"}[b], hash(frozenset()) == hash(frozenset([])))  # expect: True x True
print({frozenset([1]), frozenset([1]), frozenset([2])} == {frozenset([1]), frozenset([2])})  # expect: True
print(frozenset([frozenset([1]), frozenset()]))  # expect: frozenset({frozenset(), frozenset({1})})
try:
    hash({1})
except TypeError as e:
    print(e)  # expect: unhashable type: 'set'
