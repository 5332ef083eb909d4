# The value of a yield from expression is the sub-generator's return value.
def averager():
    total = count = 0
    while True:
        v = yield
        if v is None:
            return total / count
        total += v
        count += 1


def collect(results):
    while True:
        avg = yield from averager()
        results.append(avg)


results = []
c = collect(results)
next(c)
for batch in ([1, 2, 3], [10, 20]):
    for v in batch:
        c.send(v)
    c.send(None)
print(results)  # expect: [2.0, 15.0]
