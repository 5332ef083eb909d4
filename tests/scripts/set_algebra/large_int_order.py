# Sets of larger ints iterate in CPython's hash-table order.
s = set()
for x in [100, 7, 64, 33, 1, 1000, 8]:
    s.add(x)
print(s, sorted(s))  # expect: {64, 33, 1, 100, 7, 1000, 8} [1, 7, 8, 33, 64, 100, 1000]
s.discard(64)
s.add(72)
print(s)  # expect: {33, 1, 100, 7, 1000, 8, 72}
print(set(range(0, 100, 9)))  # expect: {0, 99, 36, 72, 9, 45, 81, 18, 54, 90, 27, 63}
