# Tuples iterate in order and slice into tuples.
t = tuple(range(6))
print(t[1:4], t[::-2], t[-1])  # expect: (1, 2, 3) (5, 3, 1) 5
total = 0
for x in t:
    total += x
print(total, 3 in t, 9 in t)  # expect: 15 True False
