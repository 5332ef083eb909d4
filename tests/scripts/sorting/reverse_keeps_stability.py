# reverse=True sorts descending but keeps equal elements in their original order.
records = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 2)]
print(sorted(records, key=lambda r: r[1], reverse=True))  # expect: [('b', 2), ('c', 2), ('e', 2), ('a', 1), ('d', 1)]
print(list(reversed(sorted(records, key=lambda r: r[1]))))  # expect: [('e', 2), ('c', 2), ('b', 2), ('d', 1), ('a', 1)]
print(sorted(range(10), key=lambda x: x % 3, reverse=True))  # expect: [2, 5, 8, 1, 4, 7, 0, 3, 6, 9]
