# functools.total_ordering fills in comparisons; cmp_to_key sorts with a cmp function.
from functools import total_ordering, cmp_to_key
@total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, other): return self.parts == other.parts
    def __lt__(self, other): return self.parts < other.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2))
print(sorted([b, a, Version(0, 9)]), max(a, b))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(e)
def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))
print(min([3, 1, 2], key=cmp_to_key(lambda p, q: q - p)))
# expect: True True False False True
# expect: [v0.9, v1.2, v1.10] v1.10
# expect: must define at least one ordering operation: < > <= >=
# expect: ['fig', 'date', 'kiwi', 'pear', 'apple']
# expect: ['apple', 'pear', 'kiwi', 'date', 'fig']
# expect: 3
