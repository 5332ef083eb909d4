# Ranges with bounds beyond 64 bits: indexing, slicing, iteration, len overflow.
r = range(10**20)
print(r[5], r[-1], len(range(10**20, 10**20+5)), r)
print(list(range(10**20, 10**20+3)), list(reversed(range(10**20, 10**20+3))))
print(10**19 in r, 10**20 in r, r.index(12345), r.count(7), range(10).count(7.0), 3.0 in range(5))
print(range(0, 10, 3)[::-1], range(10)[2:5], range(10)[::-2], range(2**70)[2**69:], range(5)[10:])
print(range(10**20)[::10**18], hash(range(0)) == hash(range(5, 5)), range(10**20) == range(0, 10**20, 1))
print(bool(range(10**20, 0)), r.start, r.stop, r.step, range(-5, 10**20, 3)[-1])
it = iter(range(2**64, 2**64+2)); print(type(it).__name__, next(it), next(it))
try: len(r)
except OverflowError as e: print("OverflowError", e)
try: r[10**20]
except IndexError as e: print("IndexError", e)
try: range(1, 2, 0)
except ValueError as e: print(e)
for i in range(2**63 - 2, 2**63 + 1): print(i)
print(sum(range(2**62 - 3, 2**62 + 3)), list(range(10)[3:8:2]), range(10)[-100:100])
print(range(5).index(True), 2 in range(1, 10, 2), range(3) == range(0, 3, 1), range(0) == range(4, 2))
# expect: 5 99999999999999999999 5 range(0, 100000000000000000000)
# expect: [100000000000000000000, 100000000000000000001, 100000000000000000002] [100000000000000000002, 100000000000000000001, 100000000000000000000]
# expect: True False 12345 1 1 True
# expect: range(9, -3, -3) range(2, 5) range(9, -1, -2) range(590295810358705651712, 1180591620717411303424) range(5, 5)
# expect: range(0, 100000000000000000000, 1000000000000000000) True True
# expect: False 0 100000000000000000000 1 99999999999999999997
# expect: longrange_iterator 18446744073709551616 18446744073709551617
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: IndexError range object index out of range
# expect: range() arg 3 must not be zero
# expect: 9223372036854775806
# expect: 9223372036854775807
# expect: 9223372036854775808
# expect: 27670116110564327421 [3, 5, 7] range(0, 10)
# expect: 1 False True True
