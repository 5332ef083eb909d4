# Assignment binds another name to the same list; mutation is visible through both.
a = [1, 2]
b = a
b.append(3)
print(a, a is b)  # expect: [1, 2, 3] True
c = list(a)
c.append(4)
print(a, c, a is c, a == c[:3])  # expect: [1, 2, 3] [1, 2, 3, 4] False True
