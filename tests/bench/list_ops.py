# Measures list operations: append, indexing, slicing, sort, comprehensions, sum, reverse, pop.

SIZE = 200_000
ROUNDS = 2
MOD = 1_000_000_007


def make_data(n, seed):
    # A linear congruential generator instead of `random`, so the data (and the
    # checksum) is identical in every interpreter, the Lua twin included.
    data = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        data.append(seed % 100_000)
    return data, seed


def digest(values, step):
    h = 0
    for x in values[::step]:
        h = (h * 31 + x) % MOD
    return h


def one_round(data):
    n = len(data)

    # Index arithmetic over neighbours, the pattern of hand-written loops.
    rises = 0
    for i in range(1, n):
        if data[i] > data[i - 1]:
            rises += 1

    kept = [x * x % 1000 for x in data if x % 3 != 0]
    total = sum(kept)

    # Slices of every size: fixed windows, strided halves and a negative step.
    windows = 0
    for i in range(0, n, 1000):
        w = data[i:i + 1000]
        windows += w[0] + w[-1] + len(w)
    evens = data[::2]
    odds = data[1::2]
    backwards = data[::-1]

    ordered = sorted(data)
    descending = ordered[:]
    descending.reverse()
    by_key = sorted(evens, key=lambda x: (x % 1000, x))
    odds.sort(reverse=True)

    # The list as a stack: a push/pop pattern that keeps it short.
    stack = []
    popped = 0
    for x in backwards:
        stack.append(x)
        if x % 4 == 0:
            popped += stack.pop()
            if stack:
                popped += stack.pop()

    return (rises, total, len(kept), windows, ordered[n // 2],
            descending[0], odds[0], digest(ordered, 97), digest(by_key, 89),
            len(stack), popped % MOD)


def main():
    data, seed = make_data(SIZE, 1)
    check = 0
    for r in range(ROUNDS):
        result = one_round(data)
        for v in result:
            check = (check * 131 + v) % MOD
        if r == 0:
            print("first round", list(result))
        # The next round sees different data: rotate and perturb in place.
        data = data[r + 1:] + data[:r + 1]
        data[r] = seed % 100_000
    print("checksum", check)


main()
