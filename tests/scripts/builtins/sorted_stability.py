# sorted is stable, which makes multi-key sorts by successive passes possible.
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
by_name = sorted(records, key=lambda r: r[0])
by_num_then_name = sorted(by_name, key=lambda r: r[1])
print(by_num_then_name)  # expect: [('a', 1), ('c', 1), ('a', 2), ('b', 2)]
print(sorted(records, key=lambda r: r[1], reverse=True))  # expect: [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
