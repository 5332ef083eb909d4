# reverse, copy and clear.
a = [1, 2, 3]
b = a.copy()
a.reverse()
print(a, b)  # expect: [3, 2, 1] [1, 2, 3]
b.clear()
print(b, len(b))  # expect: [] 0
c = a[:]
c.append(0)
print(a, c)  # expect: [3, 2, 1] [3, 2, 1, 0]
