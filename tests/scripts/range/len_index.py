# ranges support len, indexing and slicing without building a list.
r = range(0, 20, 3)
print(len(r), r[0], r[2], r[-1])  # expect: 7 0 6 18
print(r[1:4], r[::-1])  # expect: range(3, 12, 3) range(18, -3, -3)
print(r.index(9), r.count(9), r.count(10))  # expect: 3 1 0
big = range(10 ** 12)
print(big[-1], 10 ** 12 - 1 in big)  # expect: 999999999999 True
