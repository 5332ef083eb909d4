# A short tour of the language gilt runs: each line prints what CPython 3.11 prints.
import math
import sys
import time

# Arbitrary-precision ints: small ones live in the value word, big ones in GMP.
print("2**100 =", 2**100)
print("factorial(25) =", math.factorial(25))

# Floats print the shortest string that round-trips, as CPython's repr does.
print(0.1 + 0.2, 1 / 3, 1e22, 1e-7)

# f-strings with conversions and format specs.
name, ratio, big = "gilt", 2 / 3, 1234567.891
print(f"{name!r:>8} | {ratio:.3%} | {big:,.2f} | {255:#06x}")

# Comprehensions, slicing, unpacking, closures.
squares = [n * n for n in range(10) if n % 2]
first, *middle, last = squares
print(squares[::-1], first, middle, last)


def counter(start=0, *, step=1):
    count = start

    def tick():
        nonlocal count
        count += step
        return count

    return tick


tick = counter(10, step=5)
print([tick() for _ in range(3)])

# Dicts keep insertion order; sets are unordered, so print them sorted.
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print({w: n for w, n in freq.items() if n > 1}, sorted(set(words))[:4])

# Exceptions are the built-in types, with CPython's messages.
for bad in (lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("x")):
    try:
        bad()
    except (ZeroDivisionError, IndexError, KeyError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")

# A timed loop: gilt runs it on its bytecode VM.
start = time.perf_counter()
total = 0
for i in range(1_000_000):
    total = total + i
print(f"sum of a million ints = {total} ({'fast' if time.perf_counter() - start < 5 else 'slow'})")
