# Later for clauses and conditions are evaluated lazily, seeing the current values of names.
limit = 1
ys = [10]
g = ((x, y) for x in range(3) for y in ys if x > limit)
limit = 0
ys = [20, 30]
print(list(g))  # expect: [(1, 20), (1, 30), (2, 20), (2, 30)]
