# Sorting is stable: equal keys keep their original order.
records = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 2)]
print(sorted(records, key=lambda r: r[1]))  # expect: [('a', 1), ('d', 1), ('b', 2), ('c', 2), ('e', 2)]
print([r[0] for r in sorted(records, key=lambda r: r[1])])  # expect: ['a', 'd', 'b', 'c', 'e']
