# find, rfind, index and rindex accept start and end like a slice.
s = "abcabcabc"
print(s.find("c", 3), s.find("c", 3, 5), s.rfind("a", 0, 5), s.find("a", -3), s.rfind("a", -20, -4))  # expect: 5 -1 3 6 3
print(s.find("", 9), s.find("", 10), s.rfind(""), s.find("b", None, None))  # expect: 9 -1 9 1
print(s.index("c", 4), s.rindex("b", 0, 3))  # expect: 5 1
print("héllo wörld".find("ö"), "héllo wörld".rfind("l", 0, 4))  # expect: 7 3
