# Program: the sieve of Eratosthenes, with prime gaps, twin primes and a factorisation check.
import math

# The sieves hold up to 775,148 list items, all marked by every collection:
# stressing each of its ~800,000 allocations would take minutes.
# gcstress: 101


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, math.isqrt(limit) + 1):
        if is_prime[n]:
            # Every multiple below n * n was already crossed out by a smaller factor.
            is_prime[n * n::n] = [False] * len(range(n * n, limit + 1, n))
    return [n for n, flag in enumerate(is_prime) if flag]


def factorize(n, primes):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors


primes = sieve(1000)
print("count below 1000:", len(primes))
print("first ten:", primes[:10])
print("last three:", primes[-3:])

gaps = {}
for a, b in zip(primes, primes[1:]):
    gap = b - a
    gaps[gap] = gaps.get(gap, 0) + 1
for gap in sorted(gaps):
    print(f"gap {gap:2}: {gaps[gap]:3} {'#' * (gaps[gap] // 5)}".rstrip())

prime_set = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in prime_set]
print("twin pairs:", len(twins), "largest:", twins[-1])

for n in (360, 97, 1001, 2 ** 31 - 1, 600851475143):
    fs = factorize(n, sieve(math.isqrt(n) + 1))
    product = math.prod(fs)
    print(f"{n} = {' * '.join(map(str, fs))}", product == n)

# expect: count below 1000: 168
# expect: first ten: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
# expect: last three: [983, 991, 997]
# expect: gap  1:   1
# expect: gap  2:  35 #######
# expect: gap  4:  40 ########
# expect: gap  6:  44 ########
# expect: gap  8:  15 ###
# expect: gap 10:  16 ###
# expect: gap 12:   7 #
# expect: gap 14:   7 #
# expect: gap 18:   1
# expect: gap 20:   1
# expect: twin pairs: 35 largest: (881, 883)
# expect: 360 = 2 * 2 * 2 * 3 * 3 * 5 True
# expect: 97 = 97 True
# expect: 1001 = 7 * 11 * 13 True
# expect: 2147483647 = 2147483647 True
# expect: 600851475143 = 71 * 839 * 1471 * 6857 True
