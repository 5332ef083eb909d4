# Arbitrary-precision integers: factorials far beyond 64 bits.
f = 1
for i in range(1, 31):
    f *= i
print(f)  # expect: 265252859812191058636308480000000
g = 1
for i in range(1, 101):
    g *= i
s = str(g)
print(len(s), s[:20], s[-30:])  # expect: 158 93326215443944152681 916864000000000000000000000000
print(g // f % 1000007)  # expect: 613089
