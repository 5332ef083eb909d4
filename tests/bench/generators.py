# Measures generator resume/yield: a pipeline of generators, yield from delegation, send(), and generator expressions.


def lcg(seed, n):
    # A fixed linear congruential generator: the same numbers under every interpreter.
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def keep_odd(values):
    for v in values:
        if v & 1:
            yield v


def scaled(values, k):
    for v in values:
        yield v % k


def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total


def pipeline(n):
    last = 0
    count = 0
    for t in running_total(scaled(keep_odd(lcg(42, n)), 1000)):
        last = t
        count += 1
    return count, last


def leaf(n):
    for i in range(n):
        yield i


def middle(n):
    yield from leaf(n)
    yield from leaf(n)


def outer(n):
    total = yield from middle(n)
    return total


def delegation(n):
    s = 0
    for v in outer(n):
        s += v
    return s


def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def sending(n):
    acc = accumulator()
    next(acc)
    for i in range(n):
        acc.send(i & 7)
    try:
        acc.send(None)
    except StopIteration as stop:
        return stop.value


def genexpr_sum(n):
    return sum(i * i % 7 for i in range(n) if i % 3)


print("pipeline", pipeline(1_000_000))
print("delegation", delegation(700_000))
print("sending", sending(800_000))
print("genexpr", genexpr_sum(1_500_000))
