# enumerate counts from start.
print(list(enumerate("ab")), list(enumerate("ab", start=5)), list(enumerate("ab", -1)), list(enumerate([])))  # expect: [(0, 'a'), (1, 'b')] [(5, 'a'), (6, 'b')] [(-1, 'a'), (0, 'b')] []
for i, c in enumerate("xyz", 1):
    print(i, c)
    # expect: 1 x
    # expect: 2 y
    # expect: 3 z
try:
    enumerate([1], start="x")
except TypeError as e:
    print(e)  # expect: 'str' object cannot be interpreted as an integer
