# enumerate pairs items with a counter, from an optional start.
print(list(enumerate("abc")))  # expect: [(0, 'a'), (1, 'b'), (2, 'c')]
print(list(enumerate(["x", "y"], start=1)), list(enumerate([], 5)))  # expect: [(1, 'x'), (2, 'y')] []
for i, word in enumerate(["zero", "one"], 10):
    print(i, word)
# expect: 10 zero
# expect: 11 one
