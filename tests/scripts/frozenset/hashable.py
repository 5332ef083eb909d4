# A frozenset is hashable, so it can be a dict key or a set member.
d = {frozenset([1, 2]): "pair"}
print(d[frozenset([2, 1])])  # expect: pair
s = {frozenset([1]), frozenset([1])}
print(len(s))  # expect: 1
