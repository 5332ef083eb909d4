# The right-hand side is evaluated fully before assignment, so swaps need no temporary.
a, b = 1, 2
a, b = b, a
print(a, b)  # expect: 2 1
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)  # expect: 3 1 2
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)  # expect: [30, 20, 10]
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a)  # expect: 55
