# Program: descriptive statistics and a text histogram of a deterministic pseudo-random sample.
import math


def lcg(seed):
    # A linear congruential generator: the same sequence on every run and every interpreter.
    state = seed

    def next_value():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return state >> 33
    return next_value


def mean(xs):
    return math.fsum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(xs):
    m = mean(xs)
    return math.sqrt(math.fsum([(x - m) ** 2 for x in xs]) / (len(xs) - 1))


rand = lcg(2024)
# Sums of three dice, roughly bell-shaped.
rolls = [sum([rand() % 6 + 1 for _ in range(3)]) for _ in range(600)]
print("n =", len(rolls), "min =", min(rolls), "max =", max(rolls))
print(f"mean = {mean(rolls):.4f}  median = {median(rolls)}  stdev = {stdev(rolls):.4f}")
counts = {}
for r in rolls:
    counts[r] = counts.get(r, 0) + 1
mode = max(sorted(counts), key=lambda k: counts[k])
print("mode =", mode, "seen", counts[mode], "times")
for value in range(3, 19):
    n = counts.get(value, 0)
    print(f"{value:>2} {n:>3} {'*' * round(n / 4)}".rstrip())
quartiles = [sorted(rolls)[len(rolls) * q // 4] for q in (1, 2, 3)]
print("quartiles:", quartiles)
z = [(r - mean(rolls)) / stdev(rolls) for r in rolls[:5]]
print("first z-scores:", [round(v, 3) for v in z])

# expect: n = 600 min = 3 max = 18
# expect: mean = 10.4883  median = 10.0  stdev = 2.9001
# expect: mode = 10 seen 85 times
# expect:  3   3 *
# expect:  4   5 *
# expect:  5  16 ****
# expect:  6  32 ********
# expect:  7  39 **********
# expect:  8  63 ****************
# expect:  9  59 ***************
# expect: 10  85 *********************
# expect: 11  77 *******************
# expect: 12  63 ****************
# expect: 13  71 ******************
# expect: 14  37 *********
# expect: 15  22 ******
# expect: 16  19 *****
# expect: 17   6 **
# expect: 18   3 *
# expect: quartiles: [8, 10, 13]
# expect: first z-scores: [-1.892, -0.858, -1.203, -0.858, 0.866]
