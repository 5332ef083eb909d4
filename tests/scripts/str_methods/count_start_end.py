# count with start and end, including the empty substring.
s = "aaaa"
print(s.count("a", 1), s.count("a", 1, 3), s.count("aa"), s.count("", 1, 3), s.count("", 5), s.count("a", -2))  # expect: 3 2 2 3 0 2
print("ééé".count("é", 1))  # expect: 2
