# for loop targets unpack each item.
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
# expect: a 1
# expect: b 2
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x + y)
# expect: 0 3
# expect: 1 7
for first, *others in [[1, 2, 3], [4]]:
    print(first, others)
# expect: 1 [2, 3]
# expect: 4 []
