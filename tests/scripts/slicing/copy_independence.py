# A full slice is a shallow copy: a new list holding the same elements.
a = [[1], [2]]
b = a[:]
b.append([3])
b[0].append(10)
print(a, b, a is b)  # expect: [[1, 10], [2]] [[1, 10], [2], [3]] False
