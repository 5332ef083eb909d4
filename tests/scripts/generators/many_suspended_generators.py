# 100,000 generators suspended at once, each keeping its own locals, then resumed in turn.
# timeout: 120
def counter(start):
    n = start
    while True:
        yield n
        n += 1


gens = [counter(i) for i in range(100_000)]
first = sum(next(g) for g in gens)
second = sum(next(g) for g in gens)
print(first, second)  # expect: 4999950000 5000050000
print(next(gens[12345]), next(gens[-1]))  # expect: 12347 100001
