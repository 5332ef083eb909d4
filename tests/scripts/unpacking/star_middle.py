# A starred target may sit between other targets.
head, *middle, tail = range(6)
print(head, middle, tail)  # expect: 0 [1, 2, 3, 4] 5
a, b, *c, d = [1, 2, 3]
print(a, b, c, d)  # expect: 1 2 [] 3
